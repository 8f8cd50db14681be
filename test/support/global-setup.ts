import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../src/db/apply-migrations.js";

// Migrate once into a template; each test file copies it to get a fresh, fully migrated database.
// Overridable so two suites can run side by side in one checkout.
export const tmpRoot = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
export const templateDb = path.join(tmpRoot, "template.db");

export default async function setup(): Promise<void> {
  rmSync(tmpRoot, { recursive: true, force: true });
  mkdirSync(tmpRoot, { recursive: true });
  await applyMigrations({ databaseUrl: `file:${templateDb}` });
}
