import type { Db } from "../db/create-database.js";
import { pruneSendBudget, takeSendBudget } from "../domain/delivery/take-send-budget.js";

export type SharedRateBudgetOptions = {
  db: Db;
  globalPerSecond: number;
  // Wall clock in ms, shared by the replicas (NTP); the sender's injected clock may stand still in tests.
  now?: () => number;
};

// Telegram's global limit is per bot, not per process: replicas share it through per-window counters in the
// database. A window of W ms grants at most q sends; any one second overlaps at most floor(1000 / W) + 1
// windows, so W is chosen to make that q × floor(L / q) ≤ L: at 30/s, q = 3 per 111 ms window, 27/s
// sustained, never more than 30 in any second, however many replicas ask. Each replica's own limiter still
// spaces its sends within a window.
export class SharedRateBudget {
  readonly quota: number;
  readonly windowMs: number;
  private readonly now: () => number;
  private prunedAt = -Infinity;

  constructor(private readonly options: SharedRateBudgetOptions) {
    const limit = Math.max(1, Math.floor(options.globalPerSecond));
    this.quota = Math.max(1, Math.floor(limit / 10));
    const windowsPerSecond = Math.floor(limit / this.quota) - 1;
    this.windowMs = windowsPerSecond >= 1 ? 1000 / windowsPerSecond : 2000;
    this.now = options.now ?? Date.now;
  }

  // The sustained rate all replicas together get: what the bench compares with the configured limit.
  get sustainedPerSecond(): number {
    return (this.quota * 1000) / this.windowMs;
  }

  // How many of `wanted` sends may leave now.
  async take(wanted: number): Promise<number> {
    const window = Math.floor(this.now() / this.windowMs);
    const granted = await takeSendBudget(this.options.db, { window, wanted, quota: this.quota });
    if (this.now() - this.prunedAt > 10_000) {
      this.prunedAt = this.now();
      await pruneSendBudget(this.options.db, { before: window - 100 });
    }
    return granted;
  }

  // Until the next window opens.
  nextWindowMs(): number {
    const now = this.now();
    return Math.max(1, Math.ceil((Math.floor(now / this.windowMs) + 1) * this.windowMs - now));
  }
}
