// Applies the standard migrations in prisma/migrations in-process (the same tables and history
// `prisma migrate deploy` uses), so start-up and tests need no engine binary and no network.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationDirectory } from "@prisma/schema-engine-wasm";
import { openSchemaEngine } from "./schema-engine.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");

async function listMigrations(baseDir: string): Promise<MigrationDirectory[]> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  return Promise.all(
    dirs.map(async (dir) => {
      const file = path.join(baseDir, dir, "migration.sql");
      const content = await readFile(file, "utf8").then(
        (value) => ({ tag: "ok" as const, value }),
        (error: Error) => ({ tag: "error" as const, value: error.message }),
      );
      return { path: dir, migrationFile: { path: "migration.sql", content } };
    }),
  );
}

export type ApplyMigrationsOptions = { databaseFile: string; log?: (line: string) => void };

export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const { engine, close } = await openSchemaEngine({ databaseFile: options.databaseFile, schemaPath });
  try {
    const lockPath = path.join(migrationsDir, "migration_lock.toml");
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
        shadowDbInitScript: "",
        migrationDirectories: await listMigrations(migrationsDir),
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return output.appliedMigrationNames;
  } finally {
    await close();
  }
}
