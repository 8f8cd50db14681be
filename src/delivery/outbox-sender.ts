import type { Telegram } from "telegraf";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { recoverInterruptedSends } from "../domain/delivery/recover-interrupted-sends.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import { drainOutbox } from "./drain-outbox.js";
import type { RateLimits, ThrottlePolicy } from "./rate-limiter.js";
import type { Backoff } from "./record-send-failure.js";
import type { RenderedMessage } from "./create-outbox-renderer.js";
import type { SendOutcome } from "./send-outcome.js";
import { createSenderParts, safePass, settleEverything } from "./sender-parts.js";

export type { SendOutcome } from "./send-outcome.js";

export type OutboxSenderOptions = {
  db: Db;
  telegram: Telegram;
  logger: Logger;
  clock: Clock;
  // Produces the text and buttons in the recipient's language (rows may carry locale keys instead of literal text).
  render: (message: OutboxMessage) => Promise<RenderedMessage>;
  limits?: Partial<RateLimits>;
  throttle?: Partial<ThrottlePolicy>;
  // Requests in flight at once. Default: the global rate × 100 ms (a typical answer time), at least 8, at most 100.
  concurrency?: number;
  // Due rows read per pass beyond those that can leave now, to look past chats that must wait.
  batchSize?: number;
  idleMs?: number;
  // "sent" outcomes are written together: at most one write per flushMs, and at once when flushRows are waiting.
  // Default flushRows: the global rate × 100 ms, at least 10.
  flushMs?: number;
  flushRows?: number;
  backoff?: Backoff;
  // Called once the outcome is in the database.
  onOutcome?: (message: OutboxMessage, outcome: SendOutcome) => void;
  // Called after outcomes were written (a batch of sent rows, or a failure): wakes whoever watches the rows.
  onSettled?: () => void;
  // Bot API time of each send (the metrics' latency histogram).
  onSendTime?: (seconds: number) => void;
  // telegraf waits 500 s for an answer; a hung request must not hold a send slot that long.
  sendTimeoutMs?: number;
  // Signs this sender's claims on outbox rows (the replica id); default hostname:pid.
  claimant?: string;
  // How long a claim holds without being extended; extended every quarter of it while the process lives, so
  // this is how long rows of a killed replica wait before another takes them over. Default 60 s.
  claimLeaseMs?: number;
  // No other sender can run on this database (the SQLite bot lock is held): at start every "sending" row is
  // taken back at once instead of after its claim expires.
  exclusive?: boolean;
  // The global rate shared by every replica through the database (PostgreSQL deployments).
  sharedBudget?: boolean;
};

export type OutboxSender = {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  // Wakes the sender now instead of at its next poll (called after a commit that enqueued messages).
  notify: () => void;
  // Sends until nothing is due (tests and `jobs run`).
  drain: (options?: { timeoutMs?: number }) => Promise<void>;
  // The most rows that can be "sending" at once (requests in flight + sent but not yet recorded): after a
  // crash, each may be sent once more, so this bounds the duplicates.
  unsettledBound: number;
  // Its last database writes or claims failed (for the health check).
  failing: () => boolean;
};

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const parts = createSenderParts(options);
  const { wake, state } = parts;
  let loop: Promise<void> | undefined;

  async function run(): Promise<void> {
    while (state.running) {
      const step = await safePass(parts);
      if (state.running && step.launched === 0) await wake.nap(step.waitMs);
    }
    await settleEverything(parts);
  }

  return {
    unsettledBound: parts.unsettledBound,
    failing: () => parts.recorder.failing || parts.passFailures.failing,
    async start() {
      const recovered = await recoverInterruptedSends(options.db, {
        now: options.clock(),
        exclusive: options.exclusive,
      });
      if (recovered.retried + recovered.failed > 0)
        options.logger.warn(recovered, "recovered sends interrupted by a restart");
      state.running = true;
      parts.keeper.start();
      loop = run();
    },
    async stop() {
      state.running = false;
      wake.kick();
      await loop;
      loop = undefined;
      await parts.keeper.stop();
    },
    notify() {
      parts.candidates.invalidate();
      wake.kick();
    },
    drain: (drainOptions) => drainOutbox(parts, { started: loop !== undefined, timeoutMs: drainOptions?.timeoutMs }),
  };
}
