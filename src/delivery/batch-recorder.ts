import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { markSentBatch, type SentRow } from "../domain/delivery/mark-sent-batch.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { Delivered, SendOutcome } from "./send-outcome.js";

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

  constructor(private readonly options: BatchRecorderOptions) {}

  // Sent but not yet recorded, the batch being written included.
  get unsettled(): number {
    return this.unflushed.length + this.flushingCount;
  }

  get idle(): boolean {
    return !this.flushing && this.unflushed.length === 0;
  }

  recordSent(message: OutboxMessage, delivered: Delivered): void {
    const row = { id: message.id, messageId: delivered.messageId, pinError: delivered.pinError };
    this.unflushed.push({ message, row: { ...row, sentAt: this.options.clock() } });
    this.scheduleFlush();
  }

  // Before stopping or returning from drain. A database that keeps failing leaves the rows "sending": they
  // are sent once more after a restart, as after a crash.
  async flushAll(): Promise<void> {
    for (let attempt = 0; attempt < 5 && !this.idle; attempt++) {
      await this.flush();
      if (this.flushing) await this.flushing;
    }
  }

  private scheduleFlush(): void {
    if (this.flushing || this.unflushed.length === 0) return;
    const { flushRows, flushMs } = this.options;
    const waitMs = this.unflushed.length >= flushRows ? 0 : this.lastFlushAt + flushMs - performance.now();
    if (waitMs <= 0) {
      void this.flush();
      return;
    }
    this.flushTimer ??= setTimeout(() => {
      this.flushTimer = undefined;
      void this.flush();
    }, waitMs);
  }

  private flush(): Promise<void> {
    if (this.flushing) return this.flushing;
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
      // Still "sending" in the database; kept here and written with the next flush.
      this.options.logger.error({ err: error, rows: batch.length }, "could not record sent messages");
      this.unflushed = batch.concat(this.unflushed);
      return;
    }
    for (const entry of batch) this.options.onOutcome?.(entry.message, "sent");
    this.options.onSettled?.();
  }
}
