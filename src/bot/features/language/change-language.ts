import type { Locale } from "../../../config/env-schema.js";
import { loadActor } from "../../../domain/people/load-actor.js";
import { setPersonLocale } from "../../../domain/people/set-person-locale.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { syncChatCommandMenu } from "../../command-menus.js";
import { profileFromContext } from "../../profile-from-context.js";

export async function changeLanguage(ctx: BotContext, deps: BotDeps, locale: Locale): Promise<void> {
  await setPersonLocale(deps.db, { profile: profileFromContext(ctx), locale, now: deps.clock() });
  ctx.locale = locale;
  ctx.t = deps.translator.forLocale(locale);
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("lang.changed"));
  if (ctx.chat?.type === "private") {
    const actor = await loadActor(deps.db, { telegramId: ctx.from!.id });
    await syncChatCommandMenu(ctx.telegram, { translator: deps.translator, actor, locale, chatId: ctx.chat.id }).catch(
      (error: unknown) => ctx.log.warn({ err: error }, "could not set chat commands"),
    );
  }
}
