import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { templateDb, tmpRoot } from "./global-setup.js";

export type TestDb = { db: Db; file: string; url: string; close: () => Promise<void> };

// A fresh SQLite file per test file, copied from the migrated template (a real database, real migrations).
export async function createTestDb(): Promise<TestDb> {
  const dir = mkdtempSync(path.join(tmpRoot, "db-"));
  const file = path.join(dir, "khoi.db");
  copyFileSync(templateDb, file);
  const url = `file:${file}`;
  const { db } = await createDatabase({ databaseUrl: url, migrate: false });
  return { db, file, url, close: () => db.$disconnect() };
}
