// Applies the standard migrations in prisma/migrations in-process (the same tables and history
// `prisma migrate deploy` uses), so start-up and tests need no engine binary and no network.
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import Database from "better-sqlite3";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationDirectory } from "@prisma/schema-engine-wasm";
import { openSchemaEngine } from "./open-schema-engine.js";
import { automaticBackupFile, backupDatabase } from "./backup-database.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");

async function listMigrations(baseDir: string): Promise<MigrationDirectory[]> {
  const entries = await readdir(baseDir, { withFileTypes: true });
  const dirs = entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
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

// Reads Prisma's own history table directly. The schema engine needs the database to itself, so it
// is only started when something is pending: the CLI can then run beside a live bot.
function appliedMigrationNames(databaseFile: string): Set<string> {
  if (!existsSync(databaseFile)) return new Set();
  const sqlite = new Database(databaseFile, { readonly: true, timeout: 5000 });
  try {
    const table = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = '_prisma_migrations'")
      .get();
    if (!table) return new Set();
    const rows = sqlite
      .prepare("select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null")
      .all() as { migration_name: string }[];
    return new Set(rows.map((row) => row.migration_name));
  } finally {
    sqlite.close();
  }
}

export type ApplyMigrationsOptions = {
  databaseFile: string;
  // Told where the copy made before migrating went.
  onBackup?: (file: string) => void;
  // Tests apply a shorter history to get a database an upgrade finds.
  migrationsDir?: string;
};

// A database that already holds data is copied (backups/<name>-<time>-before-migrate.db) before any migration
// touches it: an upgrade that goes wrong can be undone with `db restore`.
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const baseDir = options.migrationsDir ?? migrationsDir;
  const migrationDirectories = await listMigrations(baseDir);
  const applied = appliedMigrationNames(options.databaseFile);
  if (migrationDirectories.every((dir) => applied.has(dir.path))) return [];
  if (applied.size > 0) {
    const target = automaticBackupFile(options.databaseFile, "before-migrate", new Date());
    await backupDatabase({ databaseFile: options.databaseFile, target });
    options.onBackup?.(target);
  }
  const { engine, close } = await openSchemaEngine({ databaseFile: options.databaseFile, schemaPath });
  try {
    const lockPath = path.join(baseDir, "migration_lock.toml");
    const output = await engine.applyMigrations({
      migrationsList: {
        baseDir,
        lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8").catch(() => null) },
        shadowDbInitScript: "",
        migrationDirectories,
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return output.appliedMigrationNames;
  } finally {
    await close();
  }
}
