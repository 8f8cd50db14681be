import type { Update } from "telegraf/types";

// Updates whose handling hit a storage failure, so the webhook can answer 5xx and Telegram resends them.
const failed = new WeakSet<Update>();

export function markStorageFailure(update: Update): void {
  failed.add(update);
}

export function hadStorageFailure(update: Update): boolean {
  return failed.has(update);
}

// Updates whose handler failed for another reason (the person got an apology with a reference): counted by /metrics.
const crashed = new WeakSet<Update>();

export function markHandlerFailure(update: Update): void {
  crashed.add(update);
}

export function hadHandlerFailure(update: Update): boolean {
  return crashed.has(update) || failed.has(update);
}
