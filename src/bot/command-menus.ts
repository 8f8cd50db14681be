import type { Telegram } from "telegraf";
import { supportedLocales, type Locale } from "../config/env-schema.js";
import { can } from "../domain/policy/policy.js";
import type { Actor } from "../domain/people/load-actor.js";
import type { Translator } from "../i18n/translator.js";
import { commandCatalog, publicCommands } from "./command-catalog.js";

function menuFor(translator: Translator, locale: Locale, commands: string[]) {
  return commands.map((command) => ({ command, description: translator.t(locale, `commands.${command}`) }));
}

// Default menus per language for people the bot does not know yet.
export async function setDefaultCommandMenus(
  telegram: Telegram,
  translator: Translator,
  defaultLocale: Locale,
): Promise<void> {
  for (const locale of supportedLocales) {
    const extra = locale === defaultLocale ? {} : { language_code: locale };
    await telegram.setMyCommands(menuFor(translator, locale, publicCommands), extra);
  }
}

// Per chat, in the person's language, only what their role allows.
export async function syncChatCommandMenu(
  telegram: Telegram,
  options: { translator: Translator; actor: Actor; locale: Locale; chatId: number },
) {
  const commands = commandCatalog.filter((entry) => can(options.actor, entry.action)).map((entry) => entry.command);
  await telegram.setMyCommands(menuFor(options.translator, options.locale, commands), {
    scope: { type: "chat", chat_id: options.chatId },
  });
}
