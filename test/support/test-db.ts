import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { templateDb, tmpRoot } from "./global-setup.js";
import { createScratchDatabase, databaseUrl, dropDatabase } from "./postgres-databases.js";
import { onPostgres } from "./test-dialect.js";

// `file` is the SQLite file; on PostgreSQL there is none (tests of the file itself are SQLite-only).
export type TestDb = { db: Db; file: string; url: string; close: () => Promise<void> };

// A fresh database per test file, copied from the migrated template (a real database, real migrations).
export async function createTestDb(): Promise<TestDb> {
  const { url, drop } = await newDatabaseUrl({ migrated: true });
  const { db } = await createDatabase({ databaseUrl: url, migrate: false });
  const file = url.replace(/^file:/, "");
  return { db, file, url, close: () => db.$disconnect().finally(drop) };
}

// A database for a test that starts the app or the CLI on it itself: empty (the app migrates it at start), or
// already migrated. SQLite: a file in a folder of its own; PostgreSQL: a database of its own, dropped by `drop`
// (and at the end of the run in any case).
export async function newDatabaseUrl(options: {
  migrated: boolean;
}): Promise<{ url: string; drop: () => Promise<void> }> {
  if (onPostgres) {
    const name = await createScratchDatabase({ fromTemplate: options.migrated });
    return { url: databaseUrl(name), drop: () => dropDatabase(name) };
  }
  const file = path.join(mkdtempSync(path.join(tmpRoot, "db-")), "khoi.db");
  if (options.migrated) copyFileSync(templateDb, file);
  return { url: `file:${file}`, drop: async () => {} };
}
