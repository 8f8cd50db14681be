import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { claimMessages } from "../domain/delivery/claim-messages.js";
import { releaseClaims } from "../domain/delivery/release-claims.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { BatchRecorder } from "./batch-recorder.js";
import type { CandidateCache } from "./candidate-cache.js";
import { classifySendError, describeTelegramAnswer } from "./classify-send-error.js";
import type { DeliverMessage } from "./deliver-message.js";
import { oldestPerChat, rotateIntents } from "./order-candidates.js";
import type { RateLimiter, SendTicket } from "./rate-limiter.js";
import type { SendOutcome } from "./send-outcome.js";
import type { WakeSignal } from "./wake-signal.js";
import type { ClaimKeeper } from "./claim-keeper.js";
import type { SharedRateBudget } from "./shared-rate-budget.js";

export type Step = { launched: number; waitMs: number };

export type SendPassDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  limiter: RateLimiter;
  candidates: CandidateCache;
  recorder: BatchRecorder;
  deliver: DeliverMessage;
  recordFailure: (message: OutboxMessage, error: unknown) => Promise<SendOutcome>;
  wake: WakeSignal;
  // Signs and dates the claims; extends them while the sends are open.
  keeper: ClaimKeeper;
  // The global rate shared with other replicas, when there are any.
  budget?: SharedRateBudget;
  isRunning: () => boolean;
  concurrency: number;
  unsettledBound: number;
  idleMs: number;
  onOutcome?: (message: OutboxMessage, outcome: SendOutcome) => void;
  onSettled?: () => void;
  onSendTime?: (seconds: number) => void;
};

// Slots that free up one by one are gathered into a batch, unless that would leave room unused for long.
const gatherMs = 10;

// One pass claims, in one statement, the due rows that may leave now (rate limiter, free slots, one message per
// chat at a time) and starts their requests.
export class SendPass {
  private readonly inFlight = new Set<Promise<void>>();
  private readonly busyChats = new Set<string>();
  private turn = 0;
  // Wait for a quarter of the slots to free up before the next pass, so each pass claims a batch, not one row.
  private readonly refill: number;

  constructor(private readonly deps: SendPassDeps) {
    this.refill = Math.max(1, Math.floor(deps.concurrency / 4));
  }

  get sending(): number {
    return this.inFlight.size;
  }

  async run(): Promise<Step> {
    const now = performance.now();
    const room = this.roomNow(now);
    if ("waitMs" in room) return { launched: 0, waitMs: room.waitMs };
    const due = await this.deps.candidates.due(room.room);
    if (due.length === 0) return { launched: 0, waitMs: this.deps.candidates.untilNextRetry() };
    const { picked, chatWait } = this.pick(due, room.room, now);
    if (picked.length === 0)
      return { launched: 0, waitMs: Math.max(1, Math.min(chatWait, this.deps.candidates.untilNextRetry())) };
    return this.claimAndLaunch(picked);
  }

  // Requests in flight end; their outcomes are recorded (or queued for the recorder).
  async settle(): Promise<void> {
    await Promise.allSettled([...this.inFlight]);
  }

  private roomNow(now: number): { room: number } | { waitMs: number } {
    const { limiter, concurrency, unsettledBound } = this.deps;
    const paused = limiter.pauseMs(now);
    if (paused > 0) return { waitMs: paused };
    const free = Math.min(
      concurrency - this.inFlight.size,
      unsettledBound - this.inFlight.size - this.deps.recorder.unsettled,
    );
    // Woken when slots free up or a flush ends.
    if (free <= 0) return { waitMs: this.deps.idleMs };
    const room = Math.min(free, limiter.room(now));
    const enough = Math.min(free, this.refill, limiter.globalPerSecond(now));
    if (room < enough) {
      const waitMs = limiter.globalWaitMs(now, enough);
      if (room === 0 || waitMs <= gatherMs)
        return { waitMs: Math.max(1, room === 0 ? limiter.globalWaitMs(now) : waitMs) };
    }
    return { room };
  }

  // Only a chat's oldest due row, and only when the chat is free and not waiting for a retried row or its limit.
  private pick(due: OutboxMessage[], room: number, now: number): { picked: OutboxMessage[]; chatWait: number } {
    const oldest = oldestPerChat(due);
    const picked: OutboxMessage[] = [];
    let chatWait = Infinity;
    for (const message of rotateIntents(due, this.turn++)) {
      if (picked.length >= room) break;
      const chat = String(message.chatId);
      if (oldest.get(chat) !== message || this.busyChats.has(chat)) continue;
      if (this.deps.candidates.waitsForRetry(message, now)) continue;
      const wait = this.deps.limiter.chatWaitMs(message.chatId, now);
      if (wait > 0) {
        chatWait = Math.min(chatWait, wait);
        continue;
      }
      picked.push(message);
    }
    return { picked, chatWait };
  }

  private async claimAndLaunch(candidates: OutboxMessage[]): Promise<Step> {
    const { db, clock, limiter, keeper, budget } = this.deps;
    // With a shared budget a pass reserves a few slots at a time, so its last send does not wait long.
    const picked = budget ? candidates.slice(0, budget.maxBatch) : candidates;
    for (const message of picked) this.deps.candidates.retried(message);
    const ids = picked.map((message) => message.id);
    const claimedRows = await claimMessages(db, {
      ids,
      now: clock(),
      claimant: keeper.claimant,
      until: keeper.until(),
    });
    const claimed = new Map(claimedRows.map((row) => [row.id, row]));
    this.deps.candidates.remove(new Set(ids));
    const ready = picked.flatMap((message) => claimed.get(message.id) ?? []);
    // A burst of 429s may have paused everything while the rows were being claimed: what cannot leave now goes back.
    const allowed = this.deps.isRunning() ? Math.min(ready.length, limiter.room(performance.now())) : 0;
    // The replicas' shared schedule: each send waits for its slot. Reserved after claiming, right before the
    // requests go, so a slow claim cannot make a send late for its slot.
    const slots = budget ? await budget.reserve(allowed) : [];
    ready.slice(0, allowed).forEach((message, i) => this.launch(message, limiter.record(message.chatId), slots[i]));
    if (allowed < ready.length) {
      await releaseClaims(db, { ids: ready.slice(allowed).map((message) => message.id), now: clock() });
      this.deps.candidates.invalidate();
    }
    return { launched: allowed, waitMs: allowed > 0 ? 0 : 1 };
  }

  // The row is already claimed; the HTTP request starts right after the limiter recorded it.
  private launch(message: OutboxMessage, ticket: SendTicket, slot?: number): void {
    const chat = String(message.chatId);
    this.busyChats.add(chat);
    const task: Promise<void> = (slot !== undefined ? this.deps.budget!.waitFor(slot) : Promise.resolve())
      .then(() => this.send(message, ticket))
      .catch((error: unknown) =>
        this.deps.logger.error({ err: error, outboxId: message.id }, "outbox bookkeeping failed"),
      )
      .finally(() => {
        this.inFlight.delete(task);
        this.busyChats.delete(chat);
        if (this.inFlight.size === 0 || this.inFlight.size <= this.deps.concurrency - this.refill)
          this.deps.wake.kick();
      });
    this.inFlight.add(task);
  }

  private async send(message: OutboxMessage, ticket: SendTicket): Promise<void> {
    let delivered;
    const started = performance.now();
    try {
      delivered = await this.deps.deliver(message);
      ticket.settle(performance.now());
      this.deps.onSendTime?.((performance.now() - started) / 1000);
    } catch (error) {
      ticket.settle(performance.now(), { refused: classifySendError(error).kind === "throttle" });
      this.deps.onSendTime?.((performance.now() - started) / 1000);
      // The chat stays busy until the failure is recorded, so a later message cannot overtake this one.
      const outcome = await this.deps.recordFailure(message, error);
      // Telegram's answer (blocked, chat not found, rate limit) is what matters; a stack trace only for the unexpected.
      const telegram = describeTelegramAnswer(error);
      if (telegram) this.deps.logger.info({ outboxId: message.id, outcome, error: telegram }, "send did not succeed");
      else this.deps.logger.info({ outboxId: message.id, outcome, err: error }, "send did not succeed");
      this.deps.onOutcome?.(message, outcome);
      // The failure is in the database: wake whoever watches the rows (announcement progress).
      this.deps.onSettled?.();
      return;
    }
    this.deps.recorder.recordSent(message, delivered);
  }
}
