import { Markup } from "telegraf";
import type { Translate } from "../../i18n/translator.js";

// "Use a private chat", said in a group, with a button that opens the private chat with the bot.
export function privateOnlyView(t: Translate, data: { username: string | undefined }) {
  const keyboard = data.username
    ? Markup.inlineKeyboard([Markup.button.url(t("errors.private_only_button"), `https://t.me/${data.username}`)])
    : Markup.inlineKeyboard([]);
  return { text: t("errors.private_only"), keyboard };
}
