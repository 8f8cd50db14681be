import { statSync } from "node:fs";
import { createDatabase, type Db } from "./create-database.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";
import { describeStorageProblem } from "./describe-storage-problem.js";
import { holdBotLock, type BotLock } from "./hold-bot-lock.js";

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

// The bot's database: the process lock first (a second bot on the same file is refused before it touches
// anything), then migrations. Any failure becomes a DatabaseStartError naming the file and the problem.
export async function openBotDatabase(options: {
  databaseUrl: string;
  onMigrated?: (names: string[]) => void;
  onBackup?: (file: string) => void;
}): Promise<{ db: Db; file: string; lock: BotLock }> {
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
