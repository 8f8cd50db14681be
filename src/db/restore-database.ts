import { existsSync, renameSync, rmSync, statSync } from "node:fs";
import Database from "better-sqlite3";
import { automaticBackupFile, backupDatabase, BackupError } from "./backup-database.js";
import { holdBotLock } from "./hold-bot-lock.js";

export type RestoreResult = { pages: number; migrations: number; previousCopy: string | undefined };

// Replaces the database with a backup. Refused while a bot runs on the file (its lock is taken for the whole
// restore, so none can start meanwhile). The current database is first copied aside, WAL included. The stale
// `-wal` and `-shm` are removed before the copy takes the file's place: SQLite would otherwise replay the old
// write-ahead log over the restored pages, and a restore done with `cp` was silently undone that way.
export async function restoreDatabase(options: {
  databaseFile: string;
  source: string;
  now: Date;
}): Promise<RestoreResult> {
  const { databaseFile, source } = options;
  const migrations = checkBackup(source);
  let lock;
  try {
    lock = holdBotLock(databaseFile);
  } catch {
    throw new BackupError(`the bot is running on ${databaseFile}: stop it before restoring`);
  }
  try {
    const previousCopy = existsSync(databaseFile)
      ? automaticBackupFile(databaseFile, "before-restore", options.now)
      : undefined;
    if (previousCopy) await backupDatabase({ databaseFile, target: previousCopy });
    const incoming = `${databaseFile}.restoring`;
    rmSync(incoming, { force: true });
    const { pages } = await backupDatabase({ databaseFile: source, target: incoming });
    for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(`${databaseFile}${suffix}`, { force: true });
    renameSync(incoming, databaseFile);
    return { pages, migrations, previousCopy };
  } finally {
    lock.release();
  }
}

// A backup must be a readable SQLite file made by this bot (it has Prisma's migration history); returns how many
// migrations it has, so the operator can tell how old it is.
function checkBackup(source: string): number {
  if (!statSync(source, { throwIfNoEntry: false })?.isFile()) throw new BackupError(`no backup file at ${source}`);
  let sqlite;
  try {
    sqlite = new Database(source, { readonly: true, fileMustExist: true });
    const check = sqlite.pragma("quick_check", { simple: true });
    if (check !== "ok") throw new BackupError(`${source} is damaged (${String(check)})`);
    const history = sqlite
      .prepare("select count(*) as n from sqlite_master where type = 'table' and name = '_prisma_migrations'")
      .get() as { n: number };
    if (history.n === 0) throw new BackupError(`${source} is not a Khối database (no migration history)`);
    const applied = sqlite
      .prepare("select count(*) as n from _prisma_migrations where finished_at is not null")
      .get() as { n: number };
    return applied.n;
  } catch (error) {
    if (error instanceof BackupError) throw error;
    throw new BackupError(`${source} is not a readable SQLite database (${(error as Error).message})`);
  } finally {
    sqlite?.close();
  }
}
