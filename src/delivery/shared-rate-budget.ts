import { setTimeout as sleep } from "node:timers/promises";
import type { Db } from "../db/create-database.js";
import { takeSendBudget } from "../domain/delivery/take-send-budget.js";

export type SharedRateBudgetOptions = {
  db: Db;
  globalPerSecond: number;
  // How late a send may leave after its slot (event loop, a busy database) and still count as in its slot.
  latenessMs?: number;
  // Wall clock in ms, shared by the replicas (NTP); the sender's injected clock may stand still in tests.
  now?: () => number;
};

// Telegram's global limit is per bot, not per process: replicas share it through one schedule row in the
// database. Each pass reserves its next sends as slots `interval` apart after the last slot anyone reserved, and
// each send waits for its slot. A send leaves at or after its slot and at most `latenessMs` after it (later, it
// takes a new slot), so any one
// second holds sends of at most (1000 + latenessMs) / interval slots: interval = (1000 + latenessMs) / limit
// keeps it at the limit. At 30/s with 100 ms: one slot per 36.7 ms, 27.3/s sustained, however many replicas.
export class SharedRateBudget {
  readonly intervalMs: number;
  readonly latenessMs: number;
  // Slots reserved at once: a pass waits at most this many intervals for its last send.
  readonly maxBatch: number;
  private readonly now: () => number;

  constructor(private readonly options: SharedRateBudgetOptions) {
    const limit = Math.max(1, options.globalPerSecond);
    this.latenessMs = options.latenessMs ?? 100;
    this.intervalMs = (1000 + this.latenessMs) / limit;
    this.maxBatch = Math.max(1, Math.ceil(limit / 4));
    this.now = options.now ?? Date.now;
  }

  // The sustained rate all replicas together get: what the bench compares with the configured limit.
  get sustainedPerSecond(): number {
    return 1000 / this.intervalMs;
  }

  // The slots (ms since the epoch) at which `count` sends may leave.
  async reserve(count: number): Promise<number[]> {
    if (count === 0) return [];
    const intervalUs = BigInt(Math.ceil(this.intervalMs * 1000));
    const nowUs = BigInt(Math.round(this.now() * 1000));
    const firstUs = await takeSendBudget(this.options.db, { name: "telegram", nowUs, count, intervalUs });
    const first = Number(firstUs) / 1000;
    return Array.from({ length: count }, (_, i) => first + i * this.intervalMs);
  }

  // Waits for the slot. A process that wakes up too late for it (a loaded machine, a long pause) does not send
  // in someone else's slot: it takes a new one. Half the lateness allowance is kept for the request to go out.
  async waitFor(slot: number): Promise<void> {
    for (let at = slot; ;) {
      const wait = at - this.now();
      if (wait > 0) await sleep(wait);
      if (this.now() - at <= this.latenessMs / 2) return;
      [at] = (await this.reserve(1)) as [number];
    }
  }
}
