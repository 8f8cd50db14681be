import { performance } from "node:perf_hooks";
import type { Telegram } from "telegraf";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { claimMessages } from "../domain/delivery/claim-messages.js";
import { findDueMessages } from "../domain/delivery/find-due-messages.js";
import { findNextUnsettled } from "../domain/delivery/find-next-unsettled.js";
import { markSentBatch, type SentRow } from "../domain/delivery/mark-sent-batch.js";
import { markFailed, markUnreachable, moveChat, scheduleRetry } from "../domain/delivery/record-send-outcome.js";
import { recoverInterruptedSends } from "../domain/delivery/recover-interrupted-sends.js";
import { releaseClaims } from "../domain/delivery/release-claims.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { RenderedMessage } from "./render-outbox-text.js";
import { classifySendError, describeSendError } from "./classify-send-error.js";
import { RateLimiter, telegramLimits, type RateLimits, type SendTicket, type ThrottlePolicy } from "./rate-limiter.js";

export type SendOutcome = "sent" | "retry" | "failed" | "unreachable" | "moved";

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
  backoff?: { baseMs: number; capMs: number; maxAttempts: number };
  // Called once the outcome is in the database.
  onOutcome?: (message: OutboxMessage, outcome: SendOutcome) => void;
  // Called after outcomes were written (a batch of sent rows, or a failure): wakes whoever watches the rows.
  onSettled?: () => void;
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
  // The most rows that can be "sending" at once (requests in flight + sent but not yet recorded): after a
  // crash, each may be sent once more, so this bounds the duplicates.
  unsettledBound: number;
};

type Step = { launched: number; waitMs: number };

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { db, telegram, logger, clock } = options;
  const limits = { ...telegramLimits, ...options.limits };
  const limiter = new RateLimiter(limits, options.throttle);
  const concurrency = options.concurrency ?? Math.min(100, Math.max(8, Math.ceil(limits.globalPerSecond / 10)));
  const flushRows = options.flushRows ?? Math.max(10, Math.ceil(limits.globalPerSecond / 10));
  const flushMs = options.flushMs ?? 100;
  const unsettledBound = concurrency + flushRows;
  const lookahead = options.batchSize ?? 50;
  const idleMs = options.idleMs ?? 1000;
  const backoff = options.backoff ?? { baseMs: 2000, capMs: 10 * 60_000, maxAttempts: 12 };
  // Wait for a quarter of the slots to free up before the next pass, so each pass claims a batch, not one row.
  const refill = Math.max(1, Math.floor(concurrency / 4));
  const gatherMs = 10;
  const inFlight = new Set<Promise<void>>();
  const busyChats = new Set<string>();
  let running = false;
  let loop: Promise<void> | undefined;
  let turn = 0;
  let retriesAt: number[] = [];
  const retrying = new Map<string, { id: string; until: number }>();
  let candidates: OutboxMessage[] = [];
  let candidatesAt = -Infinity;
  const refreshMs = 250;

  // One waiter at a time (the loop): woken by a timer, notify/stop, freed slots or a finished flush.
  let waiter: (() => void) | undefined;
  const kick = () => waiter?.();
  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        if (waiter === done) waiter = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      waiter = done;
    });

  const sendTimeoutMs = options.sendTimeoutMs ?? 30_000;
  // A timed-out call has an unknown outcome (Telegram may have delivered): it is retried like a network error.
  const call = (method: string, payload: Record<string, unknown>) =>
    telegram.callApi(method as "sendMessage", payload as never, {
      signal: AbortSignal.timeout(sendTimeoutMs) as never,
    }) as Promise<{ message_id: number }>;

  async function deliver(message: OutboxMessage): Promise<{ messageId: number; pinError?: string }> {
    const chat_id = Number(message.chatId);
    const { text, replyMarkup: reply_markup, upload } = await options.render(message);
    const reply_parameters = message.replyToMessageId
      ? { message_id: Number(message.replyToMessageId), allow_sending_without_reply: true }
      : undefined;
    const document = message.fileId ?? upload;
    const sent =
      message.kind === "document" && document
        ? await call("sendDocument", { chat_id, document, caption: text || undefined, reply_markup, reply_parameters })
        : message.kind === "photo" && message.fileId
          ? await call("sendPhoto", {
              chat_id,
              photo: message.fileId,
              caption: text || undefined,
              reply_markup,
              reply_parameters,
            })
          : await call("sendMessage", {
              chat_id,
              text,
              link_preview_options: { is_disabled: true },
              reply_markup,
              reply_parameters,
            });
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

  // ---- Recording "sent" in batches ------------------------------------------------------------------------
  // A row is "sending" in the database before Telegram is called; its "sent" is written with others, one
  // write per flush instead of one per message. A crash before the flush leaves it "sending", and recovery
  // sends it once more: the price is bounded by `unsettledBound`, because no send starts while in-flight plus
  // unrecorded rows would exceed it. The first outcome after a quiet spell is written at once, so a slow
  // trickle (and the progress report reading the rows) sees no delay.
  let unflushed: { message: OutboxMessage; row: SentRow }[] = [];
  let flushing: Promise<void> | undefined;
  let flushingCount = 0;
  let lastFlushAt = -Infinity;
  let flushTimer: NodeJS.Timeout | undefined;

  function recordSent(message: OutboxMessage, messageId: number, pinError: string | undefined): void {
    unflushed.push({ message, row: { id: message.id, messageId, pinError, sentAt: clock() } });
    scheduleFlush();
  }

  function scheduleFlush(): void {
    if (flushing || unflushed.length === 0) return;
    const waitMs = unflushed.length >= flushRows ? 0 : lastFlushAt + flushMs - performance.now();
    if (waitMs <= 0) {
      void flush();
      return;
    }
    flushTimer ??= setTimeout(() => {
      flushTimer = undefined;
      void flush();
    }, waitMs);
  }

  function flush(): Promise<void> {
    if (flushing) return flushing;
    clearTimeout(flushTimer);
    flushTimer = undefined;
    if (unflushed.length === 0) return Promise.resolve();
    const batch = unflushed;
    unflushed = [];
    flushingCount = batch.length;
    lastFlushAt = performance.now();
    flushing = (async () => {
      try {
        await markSentBatch(
          db,
          batch.map((entry) => entry.row),
        );
      } catch (error) {
        // Still "sending" in the database; kept here and written with the next flush.
        logger.error({ err: error, rows: batch.length }, "could not record sent messages");
        unflushed = batch.concat(unflushed);
        return;
      }
      for (const entry of batch) options.onOutcome?.(entry.message, "sent");
      options.onSettled?.();
    })()
      .catch((error: unknown) => logger.error({ err: error }, "outbox outcome callback failed"))
      .finally(() => {
        flushing = undefined;
        flushingCount = 0;
        scheduleFlush();
        kick();
      });
    return flushing;
  }

  // Before stopping or returning from drain. A database that keeps failing leaves the rows "sending": they
  // are sent once more after a restart, as after a crash.
  async function flushAll(): Promise<void> {
    for (let attempt = 0; attempt < 5 && (flushing || unflushed.length > 0); attempt++) {
      await flush();
      if (flushing) await flushing;
    }
  }

  // ---- Failures -------------------------------------------------------------------------------------------

  // When rows we put back for a retry become due, so that the sender looks for them then, not at its next poll.
  // Until the retried row has gone again, later rows to its chat wait: they must not overtake it.
  function noteRetry(delayMs: number, message?: OutboxMessage): void {
    const at = performance.now() + delayMs;
    retriesAt.push(at);
    // The wait ends anyway a minute after the retry was due, should the row have gone elsewhere.
    if (message) retrying.set(String(message.chatId), { id: message.id, until: at + 60_000 });
  }

  function retryDue(now: number): boolean {
    const before = retriesAt.length;
    retriesAt = retriesAt.filter((at) => at > now);
    return retriesAt.length < before;
  }

  // How long to sleep when nothing is due: until the earliest retry we scheduled, or the idle poll.
  function untilNextRetry(): number {
    const now = performance.now();
    let waitMs = idleMs;
    for (const at of retriesAt) waitMs = Math.min(waitMs, at - now);
    return Math.max(1, waitMs);
  }

  // Due rows are read in batches that last about `refreshMs` at the full rate and kept between passes: the
  // query that keeps intents fair scans every pending row, and running it for every handful of sends was the
  // biggest cost at 1,000 messages/s. They are read again when used up, when older than `refreshMs` (a new
  // intent waits no longer than that), when notified of new rows, and when a retry falls due.
  async function dueCandidates(room: number): Promise<OutboxMessage[]> {
    const now = performance.now();
    if (candidates.length < room || now - candidatesAt > refreshMs || retryDue(now)) {
      const limit = Math.max(room, Math.ceil((limits.globalPerSecond * refreshMs) / 1000)) + lookahead;
      candidates = await findDueMessages(db, { now: clock(), limit });
      candidatesAt = now;
    }
    return candidates;
  }

  async function handleFailure(message: OutboxMessage, error: unknown): Promise<SendOutcome> {
    const action = classifySendError(error);
    const reason = describeSendError(error);
    const now = clock();
    const attempts = message.attempts;
    switch (action.kind) {
      case "throttle": {
        const scope = limiter.throttled(message.chatId, action.retryAfterMs, performance.now());
        if (scope === "all")
          logger.warn({ retryAfterMs: action.retryAfterMs }, "Telegram is throttling the bot: all sends paused");
        else
          logger.info(
            { retryAfterMs: action.retryAfterMs, chatId: String(message.chatId) },
            "Telegram asked us to slow down in one chat",
          );
        noteRetry(action.retryAfterMs, message);
        await scheduleRetry(db, {
          id: message.id,
          at: new Date(now.getTime() + action.retryAfterMs),
          error: reason,
          now,
        });
        return "retry";
      }
      case "retry": {
        if (attempts >= backoff.maxAttempts) {
          await markFailed(db, { id: message.id, error: reason, now });
          return "failed";
        }
        const delay = Math.min(backoff.capMs, backoff.baseMs * 2 ** (attempts - 1)) * (0.8 + Math.random() * 0.4);
        noteRetry(delay, message);
        await scheduleRetry(db, { id: message.id, at: new Date(now.getTime() + delay), error: reason, now });
        return "retry";
      }
      case "unreachable":
        await markUnreachable(db, { id: message.id, error: reason, now });
        return "unreachable";
      case "migrate":
        await moveChat(db, { id: message.id, fromChatId: message.chatId, toChatId: action.toChatId, now });
        noteRetry(0);
        return "moved";
      case "fail":
        await markFailed(db, { id: message.id, error: reason, now });
        return "failed";
    }
  }

  // ---- Sending --------------------------------------------------------------------------------------------

  // The row is already claimed; the HTTP request starts right after the limiter recorded it.
  function launch(message: OutboxMessage, ticket: SendTicket): void {
    const chat = String(message.chatId);
    busyChats.add(chat);
    const task = (async () => {
      let delivered: { messageId: number; pinError?: string };
      try {
        delivered = await deliver(message);
        ticket.settle(performance.now());
      } catch (error) {
        ticket.settle(performance.now(), { refused: classifySendError(error).kind === "throttle" });
        // The chat stays busy until the failure is recorded, so a later message cannot overtake this one.
        const outcome = await handleFailure(message, error);
        logger.info({ outboxId: message.id, outcome, err: error }, "send did not succeed");
        options.onOutcome?.(message, outcome);
        options.onSettled?.();
        return;
      }
      recordSent(message, delivered.messageId, delivered.pinError);
    })()
      .catch((error: unknown) => logger.error({ err: error, outboxId: message.id }, "outbox bookkeeping failed"))
      .finally(() => {
        inFlight.delete(task);
        busyChats.delete(chat);
        if (inFlight.size === 0 || inFlight.size <= concurrency - refill) kick();
      });
    inFlight.add(task);
  }

  // Due rows, intents taking turns at the head of the list from pass to pass: with room for one send per pass,
  // a reminder still goes out between the messages of a big broadcast.
  function rotate(due: OutboxMessage[]): OutboxMessage[] {
    const byIntent = new Map<string, OutboxMessage[]>();
    for (const message of due) {
      const list = byIntent.get(message.intentId) ?? [];
      list.push(message);
      byIntent.set(message.intentId, list);
    }
    const lists = [...byIntent.values()];
    const first = turn++ % lists.length;
    const ordered = [...lists.slice(first), ...lists.slice(0, first)];
    const result: OutboxMessage[] = [];
    for (let i = 0; result.length < due.length; i++)
      for (const list of ordered) if (i < list.length) result.push(list[i]!);
    return result;
  }

  // One pass: claim, in one statement, the due rows that may leave now, and start them.
  async function pass(): Promise<Step> {
    const now = performance.now();
    const paused = limiter.pauseMs(now);
    if (paused > 0) return { launched: 0, waitMs: paused };
    const free = Math.min(
      concurrency - inFlight.size,
      unsettledBound - inFlight.size - unflushed.length - flushingCount,
    );
    // Woken when slots free up or a flush ends.
    if (free <= 0) return { launched: 0, waitMs: idleMs };
    const room = Math.min(free, limiter.room(now));
    // Slots that free up one by one are gathered into a batch, unless that would leave room unused for long.
    const enough = Math.min(free, refill, limiter.globalPerSecond(now));
    if (room < enough) {
      const waitMs = limiter.globalWaitMs(now, enough);
      if (room === 0 || waitMs <= gatherMs)
        return { launched: 0, waitMs: Math.max(1, room === 0 ? limiter.globalWaitMs(now) : waitMs) };
    }
    const due = await dueCandidates(room);
    if (due.length === 0) return { launched: 0, waitMs: untilNextRetry() };
    // Messages to one chat go out in order, whatever their intent: only its oldest due row is a candidate,
    // and only when the chat is free.
    const oldest = new Map<string, OutboxMessage>();
    for (const message of due) {
      const chat = String(message.chatId);
      const current = oldest.get(chat);
      if (
        !current ||
        message.createdAt < current.createdAt ||
        (message.createdAt.getTime() === current.createdAt.getTime() && message.id < current.id)
      )
        oldest.set(chat, message);
    }
    const picked: OutboxMessage[] = [];
    let chatWait = Infinity;
    for (const message of rotate(due)) {
      if (picked.length >= room) break;
      const chat = String(message.chatId);
      if (oldest.get(chat) !== message || busyChats.has(chat)) continue;
      const retried = retrying.get(chat);
      if (retried && retried.until < now) retrying.delete(chat);
      else if (retried && retried.id !== message.id) continue;
      const wait = limiter.chatWaitMs(message.chatId, now);
      if (wait > 0) {
        chatWait = Math.min(chatWait, wait);
        continue;
      }
      picked.push(message);
    }
    if (picked.length === 0) return { launched: 0, waitMs: Math.max(1, Math.min(chatWait, untilNextRetry())) };
    for (const message of picked)
      if (retrying.get(String(message.chatId))?.id === message.id) retrying.delete(String(message.chatId));
    const claimedRows = await claimMessages(db, { ids: picked.map((message) => message.id), now: clock() });
    const claimed = new Map(claimedRows.map((row) => [row.id, row]));
    const taken = new Set(picked.map((message) => message.id));
    candidates = candidates.filter((message) => !taken.has(message.id));
    const ready = picked.flatMap((message) => claimed.get(message.id) ?? []);
    // A burst of 429s may have paused everything while the rows were being claimed: what cannot leave now goes back.
    const allowed = running ? Math.min(ready.length, limiter.room(performance.now())) : 0;
    for (const message of ready.slice(0, allowed)) launch(message, limiter.record(message.chatId));
    if (allowed < ready.length) {
      await releaseClaims(db, { ids: ready.slice(allowed).map((message) => message.id), now: clock() });
      candidatesAt = -Infinity;
    }
    return { launched: allowed, waitMs: allowed > 0 ? 0 : 1 };
  }

  async function safePass(): Promise<Step> {
    try {
      return await pass();
    } catch (error) {
      logger.error({ err: error }, "outbox pass failed");
      return { launched: 0, waitMs: idleMs };
    }
  }

  async function settleEverything(): Promise<void> {
    await Promise.allSettled([...inFlight]);
    await flushAll();
  }

  async function run(): Promise<void> {
    while (running) {
      const step = await safePass();
      if (running && step.launched === 0) await nap(step.waitMs);
    }
    await settleEverything();
  }

  return {
    unsettledBound,
    async start() {
      const recovered = await recoverInterruptedSends(db, { now: clock() });
      if (recovered.retried + recovered.failed > 0) logger.warn(recovered, "recovered sends interrupted by a restart");
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      kick();
      await loop;
      loop = undefined;
    },
    notify() {
      candidatesAt = -Infinity;
      kick();
    },
    async drain({ timeoutMs = 30_000 } = {}) {
      const deadline = Date.now() + timeoutMs;
      const isSettled = async (): Promise<boolean> => {
        const pending = await findNextUnsettled(db);
        if (!pending) return true;
        // Not due before the deadline: nothing more to do now.
        return pending.nextAttemptAt.getTime() - clock().getTime() > deadline - Date.now();
      };
      // Started: the loop does the sending; wait until it has nothing left.
      if (loop) {
        while (Date.now() < deadline && !(await isSettled())) await new Promise((resolve) => setTimeout(resolve, 20));
        return;
      }
      running = true;
      try {
        while (Date.now() < deadline) {
          const step = await safePass();
          if (step.launched > 0) continue;
          if (inFlight.size > 0 || flushing || unflushed.length > 0 || !(await isSettled())) await nap(step.waitMs);
          else return;
        }
      } finally {
        running = false;
        await settleEverything();
      }
    },
  };
}
