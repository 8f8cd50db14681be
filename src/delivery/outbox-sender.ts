import { performance } from "node:perf_hooks";
import type { Telegram } from "telegraf";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { claimMessage } from "../domain/delivery/claim-message.js";
import { findDueMessages } from "../domain/delivery/find-due-messages.js";
import { markFailed, markSent, markUnreachable, moveChat, scheduleRetry } from "../domain/delivery/record-send-outcome.js";
import { recoverInterruptedSends } from "../domain/delivery/recover-interrupted-sends.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { RenderedMessage } from "./render-outbox-text.js";
import { classifySendError, describeSendError } from "./classify-send-error.js";
import { RateLimiter, telegramLimits, type RateLimits, type SendTicket } from "./rate-limiter.js";
import { findNextUnsettled } from "../domain/delivery/find-next-unsettled.js";

export type SendOutcome = "sent" | "retry" | "failed" | "unreachable" | "moved";

export type OutboxSenderOptions = {
  db: Db;
  telegram: Telegram;
  logger: Logger;
  clock: Clock;
  // Produces the text and buttons in the recipient's language (rows may carry locale keys instead of literal text).
  render: (message: OutboxMessage) => Promise<RenderedMessage>;
  limits?: Partial<RateLimits>;
  concurrency?: number;
  batchSize?: number;
  idleMs?: number;
  backoff?: { baseMs: number; capMs: number; maxAttempts: number };
  onOutcome?: (message: OutboxMessage, outcome: SendOutcome) => void;
  // telegraf waits 500 s for an answer; a hung request must not hold a send slot that long.
  sendTimeoutMs?: number;
};

export type OutboxSender = {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  // Wakes the sender now instead of at its next poll (called after a commit that enqueued messages).
  notify: () => void;
  // Sends until nothing is due (tests and `jobs run`).
  drain: (options?: { timeoutMs?: number }) => Promise<void>;
};

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, telegram, logger, clock } = options;
  const limiter = new RateLimiter({ ...telegramLimits, ...options.limits });
  const concurrency = options.concurrency ?? 8;
  const batchSize = options.batchSize ?? 200;
  const idleMs = options.idleMs ?? 1000;
  const backoff = options.backoff ?? { baseMs: 2000, capMs: 10 * 60_000, maxAttempts: 12 };
  const inFlight = new Set<Promise<void>>();
  const busyChats = new Set<string>();
  let pausedUntil = 0;
  let running = false;
  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  let timer: NodeJS.Timeout | undefined;

  const sleep = (ms: number) =>
    new Promise<void>((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    }).finally(() => {
      clearTimeout(timer);
      wake = undefined;
    });

  const sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
  // A timed-out call has an unknown outcome (Telegram may have delivered): it is retried like a network error.
  const call = (method: string, payload: Record<string, unknown>) =>
    telegram.callApi(method as "sendMessage", payload as never, { signal: AbortSignal.timeout(sendTimeoutMs) as never }) as Promise<{ message_id: number }>;

  async function deliver(message: OutboxMessage): Promise<{ messageId: number; pinError?: string }> {
    const chat_id = Number(message.chatId);
    const { text, replyMarkup: reply_markup } = await options.render(message);
    const reply_parameters = message.replyToMessageId ? { message_id: Number(message.replyToMessageId), allow_sending_without_reply: true } : undefined;
    const sent =
      message.kind === "document" && message.fileId
        ? await call("sendDocument", { chat_id, document: message.fileId, caption: text || undefined, reply_markup, reply_parameters })
        : message.kind === "photo" && message.fileId
          ? await call("sendPhoto", { chat_id, photo: message.fileId, caption: text || undefined, reply_markup, reply_parameters })
          : await call("sendMessage", { chat_id, text, link_preview_options: { is_disabled: true }, reply_markup, reply_parameters });
    if (!message.pin) return { messageId: sent.message_id };
    // Pinning is a courtesy: a group that took the right away still gets the message, and the reason is kept for the report.
    try {
      await call("pinChatMessage", { chat_id, message_id: sent.message_id, disable_notification: true });
      return { messageId: sent.message_id };
    } catch (error) {
      logger.warn({ chatId: chat_id, err: error }, "could not pin message");
      return { messageId: sent.message_id, pinError: describeSendError(error) };
    }
  }

  async function handleFailure(message: OutboxMessage, error: unknown): Promise<SendOutcome> {
    const action = classifySendError(error);
    const reason = describeSendError(error);
    const now = clock();
    const attempts = message.attempts;
    switch (action.kind) {
      case "throttle":
        pausedUntil = performance.now() + action.retryAfterMs;
        logger.warn({ retryAfterMs: action.retryAfterMs }, "Telegram asked us to slow down");
        await scheduleRetry(db, { id: message.id, at: new Date(now.getTime() + action.retryAfterMs), error: reason, now });
        return "retry";
      case "retry": {
        if (attempts >= backoff.maxAttempts) {
          await markFailed(db, { id: message.id, error: reason, now });
          return "failed";
        }
        const delay = Math.min(backoff.capMs, backoff.baseMs * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
        await scheduleRetry(db, { id: message.id, at: new Date(now.getTime() + delay), error: reason, now });
        return "retry";
      }
      case "unreachable":
        await markUnreachable(db, { id: message.id, error: reason, now });
        return "unreachable";
      case "migrate":
        await moveChat(db, { id: message.id, fromChatId: message.chatId, toChatId: action.toChatId, now });
        return "moved";
      case "fail":
        await markFailed(db, { id: message.id, error: reason, now });
        return "failed";
    }
  }

  // The row is already claimed; the HTTP request starts right after the limiter recorded it.
  function launch(message: OutboxMessage, ticket: SendTicket): void {
    const chat = String(message.chatId);
    busyChats.add(chat);
    const task = (async () => {
      let outcome: SendOutcome;
      try {
        const { messageId, pinError } = await deliver(message).finally(() => ticket.settle(performance.now()));
        await markSent(db, { id: message.id, messageId, pinError, now: clock() });
        outcome = "sent";
      } catch (error) {
        outcome = await handleFailure(message, error);
        logger.info({ outboxId: message.id, outcome, err: error }, "send did not succeed");
      }
      options.onOutcome?.(message, outcome);
    })()
      .catch((error: unknown) => logger.error({ err: error, outboxId: message.id }, "outbox bookkeeping failed"))
      .finally(() => {
        inFlight.delete(task);
        busyChats.delete(chat);
      });
    inFlight.add(task);
  }

  // One pass over what is due; returns how long to wait before the next pass.
  async function pass(): Promise<number> {
    const pause = pausedUntil - performance.now();
    if (pause > 0) return pause;
    const due = await findDueMessages(db, { now: clock(), limit: batchSize });
    if (due.length === 0) return inFlight.size > 0 ? 20 : idleMs;
    const held = new Set<string>();
    let started = 0;
    let wait = idleMs;
    for (const message of due) {
      if (!running) break;
      const chat = String(message.chatId);
      // Messages to one chat go out in order: once one waits, the later ones wait too.
      if (held.has(chat) || busyChats.has(chat)) {
        held.add(chat);
        continue;
      }
      while (inFlight.size >= concurrency) await Promise.race(inFlight);
      const globalWait = limiter.globalWaitMs(performance.now());
      if (globalWait > 0) await new Promise((resolve) => setTimeout(resolve, globalWait));
      // A 429 seen by a send that just finished stops the whole pass.
      if (pausedUntil > performance.now()) return pausedUntil - performance.now();
      const chatWait = limiter.waitMs(message.chatId, performance.now());
      if (chatWait > 0) {
        held.add(chat);
        wait = Math.min(wait, chatWait);
        continue;
      }
      // Claimed before the limiter records it, so the recorded instant is when the request really leaves.
      if (!(await claimMessage(db, { id: message.id, now: clock() }))) continue;
      launch({ ...message, attempts: message.attempts + 1 }, limiter.record(message.chatId));
      started++;
    }
    return started > 0 ? 0 : Math.max(5, wait);
  }

  async function run(): Promise<void> {
    while (running) {
      let waitMs = idleMs;
      try {
        waitMs = await pass();
      } catch (error) {
        logger.error({ err: error }, "outbox pass failed");
      }
      if (running && waitMs > 0) await sleep(waitMs);
    }
    await Promise.allSettled([...inFlight]);
  }

  return {
    async start() {
      const recovered = await recoverInterruptedSends(db, { now: clock() });
      if (recovered.retried + recovered.failed > 0) logger.warn(recovered, "recovered sends interrupted by a restart");
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake?.();
      await loop;
    },
    notify() {
      wake?.();
    },
    async drain({ timeoutMs = 30_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      const wasRunning = running;
      running = true;
      try {
        while (Date.now() < deadline) {
          const waitMs = await pass();
          await Promise.allSettled([...inFlight]);
          const pending = await findNextUnsettled(db);
          if (!pending) return;
          const untilDue = pending.nextAttemptAt.getTime() - clock().getTime();
          if (untilDue > deadline - Date.now()) return;
          await new Promise((resolve) => setTimeout(resolve, Math.max(1, Math.min(waitMs, Math.max(untilDue, 1)))));
        }
      } finally {
        running = wasRunning;
      }
    },
  };
}
