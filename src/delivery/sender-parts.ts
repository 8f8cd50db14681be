import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";
import { BatchRecorder } from "./batch-recorder.js";
import { CandidateCache } from "./candidate-cache.js";
import { createDeliverMessage } from "./deliver-message.js";
import type { OutboxSenderOptions } from "./outbox-sender.js";
import { RateLimiter, telegramLimits } from "./rate-limiter.js";
import { recordSendFailure } from "./record-send-failure.js";
import { SendPass, type Step } from "./send-pass.js";
import { WakeSignal } from "./wake-signal.js";
import { FailureStreak } from "./failure-streak.js";
import { ClaimKeeper } from "./claim-keeper.js";
import { resolveReplicaId } from "../runtime/resolve-replica-id.js";
import { SharedRateBudget } from "./shared-rate-budget.js";

// The sender's parts, shared by its loop and by drain.
export type SenderParts = {
  db: Db;
  clock: Clock;
  logger: Logger;
  idleMs: number;
  wake: WakeSignal;
  candidates: CandidateCache;
  recorder: BatchRecorder;
  pass: SendPass;
  // A pass that keeps failing (the database refuses the claim) is retried with a growing wait, logged once a minute.
  passFailures: FailureStreak;
  keeper: ClaimKeeper;
  state: { running: boolean };
};

// Builds the candidate cache, the batch recorder and the send pass, wired to one wake signal.
export function createSenderParts(options: OutboxSenderOptions): SenderParts & { unsettledBound: number } {
  const { db, logger, clock } = options;
  const limits = { ...telegramLimits, ...options.limits };
  const limiter = new RateLimiter(limits, options.throttle);
  const concurrency = options.concurrency ?? Math.min(100, Math.max(8, Math.ceil(limits.globalPerSecond / 10)));
  const flushRows = options.flushRows ?? Math.max(10, Math.ceil(limits.globalPerSecond / 10));
  const unsettledBound = concurrency + flushRows;
  const idleMs = options.idleMs ?? 1000;
  const backoff = options.backoff ?? { baseMs: 2000, capMs: 10 * 60_000, maxAttempts: 12 };
  const state = { running: false };
  const wake = new WakeSignal();
  const candidates = new CandidateCache({
    db,
    clock,
    globalPerSecond: limits.globalPerSecond,
    lookahead: options.batchSize ?? 50,
    idleMs,
  });
  const recorder = new BatchRecorder({
    db,
    clock,
    logger,
    flushRows,
    flushMs: options.flushMs ?? 100,
    onOutcome: options.onOutcome,
    onSettled: options.onSettled,
    onFlushed: wake.kick,
  });
  const keeper = new ClaimKeeper({
    ...{ db, clock, logger },
    claimant: options.claimant ?? resolveReplicaId(undefined),
    leaseMs: options.claimLeaseMs ?? 60_000,
    onTakenOver: () => {
      candidates.invalidate();
      wake.kick();
    },
  });
  const budget = options.sharedBudget
    ? new SharedRateBudget({ db, globalPerSecond: limits.globalPerSecond })
    : undefined;
  const deliver = createDeliverMessage({ ...options, sendTimeoutMs: options.sendTimeoutMs ?? 30_000 });
  const failureDeps = { db, clock, logger, limiter, candidates, backoff };
  const pass = new SendPass({
    ...{ db, clock, logger, limiter, candidates, recorder, deliver, wake, concurrency, unsettledBound, idleMs },
    ...{ keeper, budget },
    recordFailure: (message, error) => recordSendFailure(failureDeps, message, error),
    isRunning: () => state.running,
    onOutcome: options.onOutcome,
    onSettled: options.onSettled,
    onSendTime: options.onSendTime,
  });
  const passFailures = new FailureStreak({ logger, message: "outbox pass failed", baseMs: idleMs });
  return { db, clock, logger, idleMs, wake, candidates, recorder, pass, passFailures, keeper, state, unsettledBound };
}

export async function safePass(parts: SenderParts): Promise<Step> {
  try {
    const step = await parts.pass.run();
    parts.passFailures.succeed();
    return step;
  } catch (error) {
    return { launched: 0, waitMs: parts.passFailures.fail(error) };
  }
}

export async function settleEverything(parts: SenderParts): Promise<void> {
  await parts.pass.settle();
  await parts.recorder.flushAll();
}
