import { isBusyFailure } from "../domain/classify-storage-failure.js";

// SQLite allows one writer at a time: a CLI `jobs run` next to the bot's minute tick makes one of them wait past
// the driver's busy timeout. That is a transient condition, so the job is run again after a pause instead of failing.

export type RetryBusyOptions = {
  attempts?: number;
  baseMs?: number;
  capMs?: number;
  onRetry?: (error: unknown, attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
};

// The one reading of database errors (classifyStorageFailure) decides what counts as busy.
export const isBusyError = isBusyFailure;

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
