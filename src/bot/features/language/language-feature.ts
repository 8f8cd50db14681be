import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { changeLanguage } from "./change-language.js";
import { chooseLanguage } from "./language-callbacks.js";
import { languageView } from "./language-view.js";
import { onCommand } from "../../on-command.js";

// /lang and its buttons; anyone may choose a language, members or not.
export function languageFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "lang", async (ctx) => {
    const view = languageView(ctx.t);
    await ctx.reply(view.text, view.keyboard);
  });
  onButton(feature, chooseLanguage, (ctx, data) => changeLanguage(ctx, deps, data.locale));
  return feature;
}
