import type { Command } from "commander";
import type { CliConfig } from "../config/env-schema.js";
import { applyMigrations } from "../db/apply-migrations.js";
import { backupDatabase, BackupError } from "../db/backup-database.js";
import { describeStorageProblem } from "../db/describe-storage-problem.js";
import { resolveDatabaseFile } from "../db/resolve-database-file.js";
import { restoreDatabase } from "../db/restore-database.js";
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
      const applied = await applyMigrations({ databaseFile: databaseFile(), onBackup: printBackup });
      process.stdout.write(applied.length > 0 ? `Applied: ${applied.join(", ")}\n` : "Database is up to date.\n");
    });
  db.command("backup")
    .argument("<file>", "where to write the copy (its folder is created)")
    .description("online backup of the SQLite database (safe while the bot runs)")
    .action(async (target: string) => {
      const result = await readably(databaseFile(), () => backupDatabase({ databaseFile: databaseFile(), target }));
      process.stdout.write(`Backup written to ${target} (${result.pages} pages).\n`);
    });
  db.command("restore")
    .argument("<file>", "a backup made by `db backup` (or an automatic one in backups/)")
    .description("replace the database with a backup (stop the bot first; the current database is copied aside)")
    .action(async (source: string) => {
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

async function readably<T>(file: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliError(`Cannot do that: ${error.message}`);
    throw new CliError(`Cannot do that: ${file} ${describeStorageProblem(file, error)}`);
  }
}
