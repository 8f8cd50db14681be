import { statSync } from "node:fs";
import { createDatabase, type Db } from "./create-database.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";
import { describeStorageProblem } from "./describe-storage-problem.js";
import { holdBotLock, type BotLock } from "./hold-bot-lock.js";
import { databaseDialect, redactDatabaseUrl } from "./database-dialect.js";

// The database could not be used at start; `problem` is one readable line for the operator.
export class DatabaseStartError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`cannot use the database ${file}: ${problem}`);
    this.name = "DatabaseStartError";
  }
}

// The bot's database: on SQLite the process lock first (a second bot on the same file is refused before it touches
// anything), then migrations. PostgreSQL takes no file lock: replicas share it (rows are claimed, jobs leased).
// Any failure becomes a DatabaseStartError naming the file (or the URL without its password) and the problem.
export async function openBotDatabase(options: {
  databaseUrl: string;
  onMigrated?: (names: string[]) => void;
  onBackup?: (file: string) => void;
}): Promise<{ db: Db; file: string; lock: BotLock }> {
  if (databaseDialect(options.databaseUrl) === "postgresql") return openPostgres(options);
  let file = options.databaseUrl;
  try {
    file = resolveDatabaseFile(options.databaseUrl);
    if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) throw new Error("is a directory");
    const lock = holdBotLock(file);
    try {
      const { db } = await createDatabase({ ...options });
      return { db, file, lock };
    } catch (error) {
      lock.release();
      throw error;
    }
  } catch (error) {
    throw new DatabaseStartError(file, describeStorageProblem(file, error));
  }
}

async function openPostgres(options: Parameters<typeof openBotDatabase>[0]) {
  const shown = redactDatabaseUrl(options.databaseUrl);
  try {
    const { db } = await createDatabase({ ...options });
    return { db, file: shown, lock: { release: () => {} } };
  } catch (error) {
    throw new DatabaseStartError(shown, describeStorageProblem(shown, error));
  }
}
