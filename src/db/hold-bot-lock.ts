import Database from "better-sqlite3";

export type BotLock = { release: () => void };

// One bot process per SQLite file: two would each keep Telegram's per-chat limits on their own (so together
// break them) and contend for the write lock. The lock is an exclusive transaction on a small side file, held for
// the life of the process; the operating system drops it when the process ends, even on kill -9, so it never goes
// stale. CLI commands do not take it: they may run beside the bot.
export function holdBotLock(databaseFile: string): BotLock {
  const lock = new Database(`${databaseFile}.lock`, { timeout: 0 });
  try {
    lock.pragma("locking_mode = EXCLUSIVE");
    lock.exec("BEGIN EXCLUSIVE");
  } catch (error) {
    lock.close();
    throw error;
  }
  return {
    release: () => {
      if (!lock.open) return;
      lock.exec("ROLLBACK");
      lock.close();
    },
  };
}
