// SQLite allows one writer at a time: a CLI `jobs run` next to the bot's minute tick makes one of them wait past
// the driver's busy timeout. That is a transient condition, so the job is run again after a pause instead of failing.

export type RetryBusyOptions = {
  attempts?: number;
  baseMs?: number;
  capMs?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
};

// better-sqlite3 codes, the message SQLite prints, and Prisma's codes for a timed-out or busy database
// (P1008 operation timed out, P2034 write conflict, P2024 connection pool timeout).
const busyCodes = new Set([
  "SQLITE_BUSY",
  "SQLITE_BUSY_SNAPSHOT",
  "SQLITE_BUSY_TIMEOUT",
  "SQLITE_LOCKED",
  "P1008",
  "P2034",
  "P2024",
]);
const busyText =
  /SQLITE_BUSY|database is locked|database table is locked|SocketTimeout|Timed out during query execution/i;

export function isBusyError(error: unknown, depth = 0): boolean {
  if (depth > 4 || error == null || typeof error !== "object") return typeof error === "string" && busyText.test(error);
  const record = error as { code?: unknown; message?: unknown; cause?: unknown; meta?: unknown };
  if (typeof record.code === "string" && busyCodes.has(record.code)) return true;
  if (typeof record.message === "string" && busyText.test(record.message)) return true;
  if (record.meta && typeof record.meta === "object" && isBusyError(JSON.stringify(record.meta), depth + 1))
    return true;
  return isBusyError(record.cause, depth + 1);
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// Retries `run` while it fails on a busy database, with exponential backoff and jitter; other errors and the last
// busy error are thrown. Only for idempotent work (every job is).
export async function retryBusy<T>(run: () => Promise<T>, options: RetryBusyOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 5;
  const baseMs = options.baseMs ?? 500;
  const capMs = options.capMs ?? 8000;
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= attempts || !isBusyError(error)) throw error;
      const delayMs = Math.min(capMs, baseMs * 2 ** (attempt - 1)) * (0.8 + Math.random() * 0.4);
      options.onRetry?.(error, attempt, delayMs);
      await sleep(delayMs);
    }
  }
}
