import type { MiddlewareFn } from "telegraf";
import { loadActorAndConversation } from "../../domain/people/load-actor.js";
import { markPersonReachable } from "../../domain/people/mark-person-reachable.js";
import { isLocale, localeFromTelegram } from "../../i18n/translator.js";
import type { BotContext } from "../bot-context.js";
import { primeConversation } from "../create-wizard.js";
import type { BotDeps } from "../bot-deps.js";

export function loadContextMiddleware(deps: BotDeps): MiddlewareFn<BotContext> {
  return async (ctx, next) => {
    ctx.log = deps.logger.child({ updateId: ctx.update.update_id, userId: ctx.from?.id, type: ctx.updateType });
    ctx.locale = localeFromTelegram(ctx.from?.language_code, deps.defaultLocale);
    ctx.t = deps.translator.forLocale(ctx.locale);
    if (!ctx.from) return next();
    const loaded = await loadActorAndConversation(deps.db, { telegramId: ctx.from.id, now: deps.clock() });
    ctx.actor = loaded.actor;
    if (loaded.actor.person) primeConversation(ctx, loaded.conversation);
    const person = ctx.actor.person;
    if (person && !person.reachable && ctx.chat?.type === "private") {
      await markPersonReachable(deps.db, { personId: person.id, now: deps.clock() });
      person.reachable = true;
    }
    const chosen = person?.locale;
    if (isLocale(chosen)) {
      ctx.locale = chosen;
      ctx.t = deps.translator.forLocale(chosen);
    }
    return next();
  };
}
