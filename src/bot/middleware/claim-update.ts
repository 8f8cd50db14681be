import type { MiddlewareFn } from "telegraf";
import { claimUpdate } from "../../domain/updates/claim-update.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";

// A repeated update id (webhook retry, restart during polling) does nothing the second time.
export function claimUpdateMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const first = await claimUpdate(deps.db, { updateId: ctx.update.update_id, now: deps.clock() });
    if (!first) {
      deps.logger.info({ updateId: ctx.update.update_id }, "duplicate update skipped");
      return;
    }
    await next();
  };
}
