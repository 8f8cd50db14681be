import { randomUUID } from "node:crypto";
import type { MiddlewareFn } from "telegraf";
import { claimUpdate } from "../../domain/updates/claim-update.js";
import { finishUpdate } from "../../domain/updates/finish-update.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";

// A repeated update id (webhook retry, restart during polling) does nothing the second time, unless the process
// that first took it died before finishing it.
export function claimUpdateMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  const claimant = randomUUID();
  return async (ctx, next) => {
    const updateId = ctx.update.update_id;
    const first = await claimUpdate(deps.db, { updateId, claimant, now: deps.clock() });
    if (!first) {
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
