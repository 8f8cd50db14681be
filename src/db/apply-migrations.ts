// Applies the standard migrations in prisma/migrations in-process (the same tables and history
// `prisma migrate deploy` uses), so start-up and tests need no engine binary and no network.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { MigrationDirectory } from "@prisma/schema-engine-wasm";
import { openSchemaEngine } from "./open-schema-engine.js";
import { automaticBackupFile, backupDatabase } from "./backup-database.js";
import { databaseDialect, type SqlDialect } from "./database-dialect.js";
import { readAppliedMigrations } from "./read-applied-migrations.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
// Derived from the two above by scripts/derive-postgres-schema.ts (`npm run db:derive`); never edited by hand.
export const postgresMigrationsDir = path.join(projectRoot, "prisma/postgresql/migrations");
export const postgresSchemaPath = path.join(projectRoot, "prisma/postgresql/schema.prisma");

export const migrationSources: Record<SqlDialect, { migrationsDir: string; schemaPath: string }> = {
  sqlite: { migrationsDir, schemaPath },
  postgresql: { migrationsDir: postgresMigrationsDir, schemaPath: postgresSchemaPath },
};

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

export type ApplyMigrationsOptions = {
  // file:… or postgresql://…
  databaseUrl: string;
  // Told where the copy made before migrating went.
  onBackup?: (file: string) => void;
  // Tests apply a shorter history to get a database an upgrade finds.
  migrationsDir?: string;
};

// A SQLite database that already holds data is copied (backups/<name>-<time>-before-migrate.db) before any
// migration touches it: an upgrade that goes wrong can be undone with `db restore`. PostgreSQL is not copied (a
// dump of a large database at every upgrade would delay the start): its operator's backups apply, and the
// README asks for a `db backup` (pg_dump) before an upgrade. The schema engine takes PostgreSQL's advisory
// migration lock, so replicas starting together apply each migration once.
export async function applyMigrations(options: ApplyMigrationsOptions): Promise<string[]> {
  const dialect = databaseDialect(options.databaseUrl);
  const sources = migrationSources[dialect];
  const baseDir = options.migrationsDir ?? sources.migrationsDir;
  const migrationDirectories = await listMigrations(baseDir);
  const applied = await readAppliedMigrations(options.databaseUrl);
  if (migrationDirectories.every((dir) => applied.has(dir.path))) return [];
  if (applied.size > 0 && dialect === "sqlite") {
    const databaseFile = resolveDatabaseFile(options.databaseUrl);
    const target = automaticBackupFile(databaseFile, "before-migrate", new Date());
    await backupDatabase({ databaseFile, target });
    options.onBackup?.(target);
  }
  const { engine, close } = await openSchemaEngine({
    databaseUrl: options.databaseUrl,
    schemaPath: sources.schemaPath,
  });
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
