import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { markSentBatch, type SentRow } from "../domain/delivery/mark-sent-batch.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { Delivered, SendOutcome } from "./send-outcome.js";
import { FailureStreak } from "./failure-streak.js";

export type BatchRecorderOptions = {
  db: Db;
  clock: Clock;
  logger: Logger;
  flushRows: number;
  flushMs: number;
  onOutcome?: (message: OutboxMessage, outcome: SendOutcome) => void;
  // After a batch was written: wakes whoever watches the rows (announcement progress).
  onSettled?: () => void;
  // After every flush, written or not: the sender may have been waiting for room.
  onFlushed: () => void;
};

// Records "sent" in batches. A row is "sending" in the database before Telegram is called; its "sent" is written
// with others, one write per flush instead of one per message. A crash before the flush leaves it "sending", and
// recovery sends it once more: the price is bounded by the sender's `unsettledBound`, because no send starts while
// in-flight plus unrecorded rows would exceed it. The first outcome after a quiet spell is written at once, so a
// slow trickle (and the progress report reading the rows) sees no delay.
export class BatchRecorder {
  private unflushed: { message: OutboxMessage; row: SentRow }[] = [];
  private flushing: Promise<void> | undefined;
  private flushingCount = 0;
  private lastFlushAt = -Infinity;
  private flushTimer: NodeJS.Timeout | undefined;
  // After a failed write, the next one waits: a database that keeps failing must not be retried in a busy loop.
  private retryAt = -Infinity;
  private readonly streak: FailureStreak;

  constructor(private readonly options: BatchRecorderOptions) {
    this.streak = new FailureStreak({ logger: options.logger, message: "could not record sent messages" });
  }

  // Sent but not yet recorded, the batch being written included.
  get unsettled(): number {
    return this.unflushed.length + this.flushingCount;
  }

  get failing(): boolean {
    return this.streak.failing;
  }

  get idle(): boolean {
    return !this.flushing && this.unflushed.length === 0;
  }

  recordSent(message: OutboxMessage, delivered: Delivered): void {
    const row = { id: message.id, messageId: delivered.messageId, pinError: delivered.pinError };
    this.unflushed.push({ message, row: { ...row, sentAt: this.options.clock() } });
    this.scheduleFlush();
  }

  // Before stopping or returning from drain, without waiting for the backoff. A database that keeps failing
  // leaves the rows "sending": they are sent once more after a restart, as after a crash. One failed attempt
  // ends it, so a failing database cannot hold up a shutdown.
  async flushAll(): Promise<void> {
    for (let attempt = 0; attempt < 5 && !this.idle; attempt++) {
      await this.flush(true);
      if (this.flushing) await this.flushing;
      if (this.streak.failing) return;
    }
  }

  private scheduleFlush(): void {
    if (this.flushing || this.unflushed.length === 0) return;
    const { flushRows, flushMs } = this.options;
    const now = performance.now();
    const waitMs = Math.max(
      this.retryAt - now,
      this.unflushed.length >= flushRows ? 0 : this.lastFlushAt + flushMs - now,
    );
    if (waitMs <= 0) {
      void this.flush();
      return;
    }
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, waitMs);
  }

  private flush(now = false): Promise<void> {
    if (this.flushing) return this.flushing;
    if (now) this.retryAt = -Infinity;
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (this.unflushed.length === 0) return Promise.resolve();
    const batch = this.unflushed;
    this.unflushed = [];
    this.flushingCount = batch.length;
    this.lastFlushAt = performance.now();
    this.flushing = this.write(batch)
      .catch((error: unknown) => this.options.logger.error({ err: error }, "outbox outcome callback failed"))
      .finally(() => {
        this.flushing = undefined;
        this.flushingCount = 0;
        this.scheduleFlush();
        this.options.onFlushed();
      });
    return this.flushing;
  }

  private async write(batch: { message: OutboxMessage; row: SentRow }[]): Promise<void> {
    try {
      await markSentBatch(
        this.options.db,
        batch.map((entry) => entry.row),
      );
    } catch (error) {
      // Still "sending" in the database; kept here and written with the next flush, after the backoff.
      this.retryAt = performance.now() + this.streak.fail(error, { rows: batch.length });
      this.unflushed = batch.concat(this.unflushed);
      return;
    }
    this.streak.succeed();
    this.retryAt = -Infinity;
    for (const entry of batch) this.options.onOutcome?.(entry.message, "sent");
    this.options.onSettled?.();
  }
}
