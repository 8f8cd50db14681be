import { randomUUID } from "node:crypto";
import type { MiddlewareFn } from "telegraf";
import { claimUpdate } from "../../domain/updates/claim-update.js";
import { finishUpdate } from "../../domain/updates/finish-update.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { markStorageFailure } from "./storage-failures.js";

// A repeated update id (webhook retry, restart during polling) does nothing the second time, unless the process
// that first took it died before finishing it. Among replicas, an update another one is still handling is
// answered 503 (as a storage failure is), so Telegram resends it: handled by then, or taken over.
export function claimUpdateMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  const claimant = deps.updateClaims?.claimant ?? randomUUID();
  const busyForMs = deps.updateClaims?.busyForMs;
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    const claim = await claimUpdate(deps.db, { updateId, claimant, now: deps.clock(), busyForMs });
    if (claim === "busy") {
      deps.logger.info({ updateId }, "update in hand at another replica; Telegram will resend it");
      markStorageFailure(ctx.update);
      return;
    }
    if (claim === "duplicate") {
      deps.logger.info({ updateId }, "duplicate update skipped");
      return;
    }
    try {
      await next();
    } finally {
      await Promise.resolve()
        .then(() => finishUpdate(deps.db, { updateId, now: deps.clock() }))
        .catch((error: unknown) => deps.logger.warn({ err: error, updateId }, "could not mark the update finished"));
    }
  };
}
