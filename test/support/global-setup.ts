import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../src/db/apply-migrations.js";
import { createTemplateDatabase, dropRunDatabases } from "./postgres-databases.js";
import { onPostgres, tmpRoot } from "./test-dialect.js";

export { tmpRoot } from "./test-dialect.js";

// Migrate once into a template; each test file copies it to get a fresh, fully migrated database: a file on
// SQLite, a database made with CREATE DATABASE … TEMPLATE on PostgreSQL (all of them dropped at the end).
export const templateDb = path.join(tmpRoot, "template.db");

export default async function setup(): Promise<() => Promise<void>> {
  rmSync(tmpRoot, { recursive: true, force: true });
  mkdirSync(tmpRoot, { recursive: true });
  if (!onPostgres) {
    await applyMigrations({ databaseUrl: `file:${templateDb}` });
    return async () => {};
  }
  await dropRunDatabases();
  await applyMigrations({ databaseUrl: await createTemplateDatabase() });
  return dropRunDatabases;
}
