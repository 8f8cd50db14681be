import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { hadHandlerFailure } from "./storage-failures.js";

// Outermost: counts and times every update for /metrics, refusals included (they were handled).
export function observeUpdatesMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    const observer = deps.observer;
    if (!observer) return next();
    const started = performance.now();
    let threw = true;
    try {
      await next();
      threw = false;
    } finally {
      const outcome = threw || hadHandlerFailure(ctx.update) ? "failed" : "handled";
      observer.updateHandled(outcome, (performance.now() - started) / 1000);
    }
  };
}
