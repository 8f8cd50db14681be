import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { findDueMessages } from "../domain/delivery/find-due-messages.js";
import type { OutboxMessage } from "../generated/prisma/client.js";

export type CandidateCacheOptions = {
  db: Db;
  clock: Clock;
  globalPerSecond: number;
  // Due rows read beyond those that can leave now, to look past chats that must wait.
  lookahead: number;
  idleMs: number;
  refreshMs?: number;
};

// What is due next, and when to look again. Due rows are read in batches that last about `refreshMs` at the full
// rate and kept between passes: the query that keeps intents fair scans every pending row, and running it for
// every handful of sends was the biggest cost at 1,000 messages/s. They are read again when used up, when older
// than `refreshMs` (a new intent waits no longer than that), when notified of new rows, and when a retry falls due.
export class CandidateCache {
  private candidates: OutboxMessage[] = [];
  private readAt = -Infinity;
  private retriesAt: number[] = [];
  // Until the retried row has gone again, later rows to its chat wait: they must not overtake it.
  private readonly retrying = new Map<string, { id: string; until: number }>();
  private readonly refreshMs: number;

  constructor(private readonly options: CandidateCacheOptions) {
    this.refreshMs = options.refreshMs ?? 250;
  }

  async due(room: number): Promise<OutboxMessage[]> {
    const now = performance.now();
    if (this.candidates.length < room || now - this.readAt > this.refreshMs || this.retryDue(now)) {
      const perRefresh = Math.ceil((this.options.globalPerSecond * this.refreshMs) / 1000);
      const limit = Math.max(room, perRefresh) + this.options.lookahead;
      this.candidates = await findDueMessages(this.options.db, { now: this.options.clock(), limit });
      this.readAt = now;
    }
    return this.candidates;
  }

  // New rows were enqueued, or claimed rows were put back: read again at the next pass.
  invalidate(): void {
    this.readAt = -Infinity;
  }

  // Claimed rows are no longer candidates.
  remove(ids: Set<string>): void {
    this.candidates = this.candidates.filter((message) => !ids.has(message.id));
  }

  // When rows we put back for a retry become due, so that the sender looks for them then, not at its next poll.
  noteRetry(delayMs: number, message?: OutboxMessage): void {
    const at = performance.now() + delayMs;
    this.retriesAt.push(at);
    // The wait ends anyway a minute after the retry was due, should the row have gone elsewhere.
    if (message) this.retrying.set(String(message.chatId), { id: message.id, until: at + 60_000 });
  }

  // Whether a later row to the chat of a retried one must wait for it.
  waitsForRetry(message: OutboxMessage, now: number): boolean {
    const chat = String(message.chatId);
    const retried = this.retrying.get(chat);
    if (!retried) return false;
    if (retried.until < now) {
      this.retrying.delete(chat);
      return false;
    }
    return retried.id !== message.id;
  }

  // The retried row is leaving: its chat no longer waits for it.
  retried(message: OutboxMessage): void {
    const chat = String(message.chatId);
    if (this.retrying.get(chat)?.id === message.id) this.retrying.delete(chat);
  }

  // How long to sleep when nothing is due: until the earliest retry we scheduled, or the idle poll.
  untilNextRetry(): number {
    const now = performance.now();
    let waitMs = this.options.idleMs;
    for (const at of this.retriesAt) waitMs = Math.min(waitMs, at - now);
    return Math.max(1, waitMs);
  }

  private retryDue(now: number): boolean {
    const before = this.retriesAt.length;
    this.retriesAt = this.retriesAt.filter((at) => at > now);
    return this.retriesAt.length < before;
  }
}
