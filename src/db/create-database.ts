import Database from "better-sqlite3";
import { PrismaClient } from "../generated/prisma/client.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";
import { applyMigrations } from "./apply-migrations.js";
import { createSqliteAdapter } from "./create-sqlite-adapter.js";

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type CreateDatabaseOptions = {
  databaseUrl: string;
  migrate?: boolean;
  onMigrated?: (names: string[]) => void;
  // Where the copy made before migrating went (only when there was something to migrate and data to keep).
  onBackup?: (file: string) => void;
};

const busyTimeoutMs = 5000;

// WAL lets the bot read while a CLI or a job writes; the journal mode is stored in the file itself.
function enableWal(file: string): void {
  const sqlite = new Database(file, { timeout: busyTimeoutMs });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

export async function createDatabase(options: CreateDatabaseOptions): Promise<{ db: Db; file: string }> {
  const file = resolveDatabaseFile(options.databaseUrl);
  enableWal(file);
  if (options.migrate !== false) {
    const applied = await applyMigrations({ databaseFile: file, onBackup: options.onBackup });
    options.onMigrated?.(applied);
  }
  const adapter = createSqliteAdapter({ file, timeoutMs: busyTimeoutMs });
  const db = new PrismaClient({ adapter });
  await db.$connect();
  return { db, file };
}
