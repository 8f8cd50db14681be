import { randomBytes } from "node:crypto";
import type { MiddlewareFn } from "telegraf";
import { recordRefusal } from "../../domain/audit/record-refusal.js";
import { isDomainError } from "../../domain/domain-error.js";
import { isStorageFailure } from "../../domain/classify-storage-failure.js";
import { releaseUpdate } from "../../domain/updates/release-update.js";
import { isPolicyError, type PolicyError } from "../../domain/policy/policy-error.js";
import { localeFromTelegram } from "../../i18n/translator.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { isHarmlessTelegramError } from "./is-harmless-telegram-error.js";
import { markHandlerFailure, markStorageFailure } from "./storage-failures.js";

// Telegram shows at most 200 characters in a button's answer.
const toastLimit = 200;

// A refused button is a toast, in groups and private chats alike. It comes as a message instead (in private; for a
// group, to the person in private if the bot can write to them) when it cannot be a toast: too long for one, or the
// press was already answered by the handler before it failed. Nothing is posted in a group for all to read.
async function tell(ctx: BotContext, text: string): Promise<void> {
  const toast = ctx.callbackQuery !== undefined && !ctx.callbackAnswered;
  if (toast) {
    const fits = text.length <= toastLimit;
    await ctx.answerCbQuery(fits ? text : `${text.slice(0, toastLimit - 1)}…`).catch(() => undefined);
    if (fits) return;
  }
  if (!ctx.chat) return;
  if (ctx.chat.type === "private") return void (await ctx.reply(text));
  const person = ctx.actor?.person;
  if (person?.reachable && !toast) await ctx.telegram.sendMessage(Number(person.chatId), text);
}

// What the person did, for the refusal's audit row: the command, the button's code or the open wizard.
function via(ctx: BotContext): string {
  if (ctx.callbackQuery && "data" in ctx.callbackQuery) return `button:${ctx.callbackQuery.data.split(":")[0]}`;
  const text = ctx.message && "text" in ctx.message ? ctx.message.text : "";
  if (text.startsWith("/")) return text.split(/[\s@]/)[0]!;
  return ctx.updateType === "message" ? "conversation" : ctx.updateType;
}

async function refuse(ctx: BotContext, deps: BotDeps, error: PolicyError): Promise<void> {
  const where = via(ctx);
  if (ctx.actor)
    await recordRefusal(deps.db, { actor: ctx.actor, action: error.action, via: where, now: deps.clock() });
  ctx.log.info({ action: error.action, via: where }, "refused");
}

// A broken rule gets its own translated answer; a policy refusal is also audited; anything else gets an apology
// with a reference code that matches the log line. Nothing escapes to kill the process.
export function errorBoundaryMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      const t = ctx.t ?? deps.translator.forLocale(localeFromTelegram(ctx.from?.language_code, deps.defaultLocale));
      const log = ctx.log ?? deps.logger.child({ updateId: ctx.update.update_id });
      if (isDomainError(error)) {
        if (isPolicyError(error))
          await refuse(ctx, deps, error).catch((e: unknown) => log.warn({ err: e }, "audit failed"));
        else log.info({ code: error.code }, "request refused by a domain rule");
        await tell(ctx, t(error.code, error.params)).catch((e: unknown) =>
          log.warn({ err: e }, "could not send refusal"),
        );
        return;
      }
      if (isHarmlessTelegramError(error)) {
        log.info({ description: (error as Error).message }, "harmless repeat ignored");
        if (ctx.callbackQuery) await ctx.answerCbQuery().catch(() => undefined);
        return;
      }
      const ref = randomBytes(3).toString("hex").toUpperCase();
      if (isStorageFailure(error)) {
        log.error({ err: error, ref }, "storage failed; the update is released for Telegram to resend");
        markStorageFailure(ctx.update);
        await releaseUpdate(deps.db, { updateId: ctx.update.update_id }).catch(() => undefined);
        await tell(ctx, t("errors.storage", { ref })).catch(() => undefined);
        return;
      }
      log.error({ err: error, ref }, "handler failed");
      markHandlerFailure(ctx.update);
      await tell(ctx, t("errors.internal", { ref })).catch((e: unknown) =>
        log.warn({ err: e, ref }, "could not send apology"),
      );
    }
  };
}
