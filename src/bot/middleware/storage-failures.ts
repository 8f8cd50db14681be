import type { Update } from "telegraf/types";

// Updates whose handling hit a storage failure, so the webhook can answer 5xx and Telegram resends them.
const failed = new WeakSet<Update>();

export function markStorageFailure(update: Update): void {
  failed.add(update);
}

export function hadStorageFailure(update: Update): boolean {
  return failed.has(update);
}
