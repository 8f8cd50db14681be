import path from "node:path";
import type { Command } from "commander";
import type { CliConfig } from "../config/env-schema.js";
import { applyMigrations } from "../db/apply-migrations.js";
import { backupDatabase, BackupError } from "../db/backup-database.js";
import { describeStorageProblem } from "../db/describe-storage-problem.js";
import { resolveDatabaseFile } from "../db/resolve-database-file.js";
import { restoreDatabase } from "../db/restore-database.js";
import { databaseDialect, redactDatabaseUrl } from "../db/database-dialect.js";
import { checkRestorable, dumpPostgres, restorePostgres } from "../db/postgres-backup.js";
import { systemClock } from "../domain/clock.js";
import { CliError } from "./resolve-bot-username.js";

export const printBackup = (file: string): void =>
  void process.stderr.write(`Backed up to ${file} before migrating.\n`);

// `db migrate`, `db backup <file>`, `db restore <file>`: an operator's mistake or a storage problem is one line on
// stderr and exit code 1, never a stack trace.
export function addDbCommands(program: Command, deps: { config: CliConfig }): void {
  const databaseFile = () => resolveDatabaseFile(deps.config.DATABASE_URL);
  const db = program.command("db").description("database");
  db.command("migrate")
    .description("apply pending migrations (the database is backed up first)")
    .action(async () => {
      const applied = await applyMigrations({ databaseUrl: deps.config.DATABASE_URL, onBackup: printBackup });
      process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(", ")}\n` : "Database is up to date.\n");
    });
  db.command("backup")
    .argument("<file>", "where to write the copy (its folder is created)")
    .description(
      "online backup (SQLite: a copy of the file; PostgreSQL: pg_dump, custom format); safe while the bot runs",
    )
    .action(async (target: string) => {
      const url = deps.config.DATABASE_URL;
      if (databaseDialect(url) === "postgresql") {
        const { bytes } = await readably(redactDatabaseUrl(url), () => dumpPostgres({ databaseUrl: url, target }));
        return void process.stdout.write(`Backup written to ${target} (pg_dump, ${bytes} bytes).\n`);
      }
      const result = await readably(databaseFile(), () => backupDatabase({ databaseFile: databaseFile(), target }));
      process.stdout.write(`Backup written to ${target} (${result.pages} pages).\n`);
    });
  db.command("restore")
    .argument("<file>", "a backup made by `db backup` (or an automatic one in backups/)")
    .description("replace the database with a backup (stop the bot first; the current database is copied aside)")
    .action(async (source: string) => {
      const url = deps.config.DATABASE_URL;
      if (databaseDialect(url) === "postgresql") return restorePostgresCommand(url, source);
      const result = await readably(databaseFile(), () =>
        restoreDatabase({ databaseFile: databaseFile(), source, now: systemClock() }),
      );
      if (result.previousCopy) process.stdout.write(`The database as it was is in ${result.previousCopy}.\n`);
      process.stdout.write(
        `Restored ${databaseFile()} from ${source} (${result.pages} pages, ${result.migrations} migrations). ` +
          "Pending migrations are applied when the bot starts.\n",
      );
    });
}

// The database as it was is dumped to backups/ in the working directory first, as SQLite's is copied aside.
async function restorePostgresCommand(url: string, source: string): Promise<void> {
  const shown = redactDatabaseUrl(url);
  const stamp = systemClock().toISOString().replace(/[:.]/g, "-");
  const previousCopy = path.join("backups", `postgres-${stamp}-before-restore.dump`);
  await readably(shown, async () => {
    await checkRestorable({ databaseUrl: url, source });
    await dumpPostgres({ databaseUrl: url, target: previousCopy });
    await restorePostgres({ databaseUrl: url, source });
  });
  process.stdout.write(`The database as it was is in ${previousCopy}.\n`);
  process.stdout.write(`Restored ${shown} from ${source}. Pending migrations are applied when the bot starts.\n`);
}

async function readably<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(`Cannot do that: ${error.message}`);
    throw new CliError(`Cannot do that: ${file} ${describeStorageProblem(file, error)}`);
  }
}
