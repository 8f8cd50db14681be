import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { markFailed, markUnreachable, moveChat, scheduleRetry } from "../domain/delivery/record-send-outcome.js";
import type { OutboxMessage } from "../generated/prisma/client.js";
import type { Logger } from "../logger.js";
import type { CandidateCache } from "./candidate-cache.js";
import { classifySendError, describeSendError } from "./classify-send-error.js";
import type { RateLimiter } from "./rate-limiter.js";
import type { SendOutcome } from "./send-outcome.js";

export type Backoff = { baseMs: number; capMs: number; maxAttempts: number };

export type RecordSendFailureDeps = {
  db: Db;
  clock: Clock;
  logger: Logger;
  limiter: RateLimiter;
  candidates: CandidateCache;
  backoff: Backoff;
};

// Writes what a failed send means for its row (retry later, failed, unreachable, moved chat) and tells the
// limiter and the candidate cache when to look again.
export async function recordSendFailure(
  deps: RecordSendFailureDeps,
  message: OutboxMessage,
  error: unknown,
): Promise<SendOutcome> {
  const { db, backoff } = deps;
  const action = classifySendError(error);
  const reason = describeSendError(error);
  const now = deps.clock();
  const retryIn = async (delayMs: number): Promise<SendOutcome> => {
    deps.candidates.noteRetry(delayMs, message);
    await scheduleRetry(db, { id: message.id, at: new Date(now.getTime() + delayMs), error: reason, now });
    return "retry";
  };
  switch (action.kind) {
    case "throttle":
      noteThrottle(deps, message, action.retryAfterMs);
      return retryIn(action.retryAfterMs);
    case "retry": {
      if (message.attempts >= backoff.maxAttempts) {
        await markFailed(db, { id: message.id, error: reason, now });
        return "failed";
      }
      const base = Math.min(backoff.capMs, backoff.baseMs * 2 ** (message.attempts - 1));
      return retryIn(base * (0.8 + Math.random() * 0.4));
    }
    case "unreachable":
      await markUnreachable(db, { id: message.id, error: reason, now });
      return "unreachable";
    case "migrate":
      await moveChat(db, { id: message.id, fromChatId: message.chatId, toChatId: action.toChatId, now });
      deps.candidates.noteRetry(0);
      return "moved";
    case "fail":
      await markFailed(db, { id: message.id, error: reason, now });
      return "failed";
  }
}

function noteThrottle(deps: RecordSendFailureDeps, message: OutboxMessage, retryAfterMs: number): void {
  const scope = deps.limiter.throttled(message.chatId, retryAfterMs, performance.now());
  if (scope === "all") deps.logger.warn({ retryAfterMs }, "Telegram is throttling the bot: all sends paused");
  else deps.logger.info({ retryAfterMs, chatId: String(message.chatId) }, "Telegram asked us to slow down in one chat");
}
