import { randomBytes } from "node:crypto";
import type { MiddlewareFn } from "telegraf";
import { isDomainError } from "../../domain/domain-error.js";
import { localeFromTelegram } from "../../i18n/translator.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";

async function tell(ctx: BotContext, text: string): Promise<void> {
  if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
  if (ctx.chat) await ctx.reply(text);
}

// A broken rule gets its own translated answer; anything else gets an apology with a reference code
// that matches the log line. Nothing escapes to kill the process.
export function errorBoundaryMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const t = ctx.t ?? deps.translator.forLocale(localeFromTelegram(ctx.from?.language_code, deps.defaultLocale));
      const log = ctx.log ?? deps.logger.child({ updateId: ctx.update.update_id });
      if (isDomainError(error)) {
        log.info({ code: error.code }, "request refused by a domain rule");
        await tell(ctx, t(error.code, error.params)).catch((e: unknown) =>
          log.warn({ err: e }, "could not send refusal"),
        );
        return;
      }
      const ref = randomBytes(3).toString("hex").toUpperCase();
      log.error({ err: error, ref }, "handler failed");
      await tell(ctx, t("errors.internal", { ref })).catch((e: unknown) =>
        log.warn({ err: e, ref }, "could not send apology"),
      );
    }
  };
}
