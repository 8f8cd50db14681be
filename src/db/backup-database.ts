import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "BackupError";
  }
}

// better-sqlite3's backup() uses SQLite's online backup API: safe while the bot keeps writing. The target's folder
// is created (`db backup backups/x.db` on a fresh clone).
export async function backupDatabase(options: { databaseFile: string; target: string }): Promise<{ pages: number }> {
  const target = path.resolve(options.target);
  if (!existsSync(options.databaseFile))
    throw new BackupError(`no database at ${options.databaseFile} yet (the bot creates it when it first starts)`);
  if (target === path.resolve(options.databaseFile)) throw new BackupError("the backup would overwrite the database");
  mkdirSync(path.dirname(target), { recursive: true });
  const sqlite = new Database(options.databaseFile, { readonly: true, fileMustExist: true });
  try {
    const result = await sqlite.backup(target);
    return { pages: result.totalPages };
  } finally {
    sqlite.close();
  }
}

// Where automatic copies go: a `backups` folder beside the database, named after what caused them.
export function automaticBackupFile(databaseFile: string, reason: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, "-");
  const base = path.basename(databaseFile).replace(/\.db$/, "");
  return path.join(path.dirname(databaseFile), "backups", `${base}-${stamp}-${reason}.db`);
}
