import type { Telegram } from "telegraf";
import { supportedLocales, type Locale } from "../config/env-schema.js";
import { can } from "../domain/policy/policy.js";
import type { Db } from "../db/create-database.js";
import { loadActor, type Actor } from "../domain/people/load-actor.js";
import type { Translator } from "../i18n/translator.js";
import { commandCatalog, groupCommands, publicCommands } from "./command-catalog.js";

function menuFor(translator: Translator, locale: Locale, commands: string[]) {
  return commands.map((command) => ({ command, description: translator.t(locale, `commands.${command}`) }));
}

// What the bot shows before anyone talks to it, in each language (the default one for every other language): the
// description on its empty chat, the short one on its profile and in shared links, the default menu for people
// it does not know yet, and in groups only the command that works there. Each call stands alone, so one refusal
// does not leave the rest unset; a description already right is not sent again (Telegram rate-limits these).
// Returns the calls that failed.
export async function setDefaultCommandMenus(
  telegram: Telegram,
  translator: Translator,
  defaultLocale: Locale,
): Promise<string[]> {
  const failed: string[] = [];
  const attempt = (what: string, call: () => Promise<unknown>) => call().catch(() => void failed.push(what));
  for (const locale of supportedLocales) {
    const language = locale === defaultLocale ? undefined : locale;
    const extra = language ? { language_code: language } : {};
    const description = translator.t(locale, "profile.description");
    const short = translator.t(locale, "profile.short_description");
    await attempt(`setMyDescription ${locale}`, async () => {
      if ((await telegram.getMyDescription(language)).description !== description)
        await telegram.setMyDescription(description, language);
    });
    await attempt(`setMyShortDescription ${locale}`, async () => {
      if ((await telegram.getMyShortDescription(language)).short_description !== short)
        await telegram.setMyShortDescription(short, language);
    });
    await attempt(`setMyCommands ${locale}`, () =>
      telegram.setMyCommands(menuFor(translator, locale, publicCommands), extra),
    );
    const groupMenu = groupCommands.map((command) => ({
      command,
      description: translator.t(locale, `group.menu_${command}`),
    }));
    await attempt(`setMyCommands group ${locale}`, () =>
      telegram.setMyCommands(groupMenu, { ...extra, scope: { type: "all_group_chats" } }),
    );
  }
  return failed;
}

// Per chat, in the person's language, only what their role allows.
export function chatCommandMenu(translator: Translator, actor: Actor, locale: Locale) {
  const commands = commandCatalog.filter((entry) => can(actor, entry.action)).map((entry) => entry.command);
  return menuFor(translator, locale, commands);
}

export async function syncChatCommandMenu(
  telegram: Telegram,
  options: { translator: Translator; actor: Actor; locale: Locale; chatId: number },
) {
  await telegram.setMyCommands(chatCommandMenu(options.translator, options.actor, options.locale), {
    scope: { type: "chat", chat_id: options.chatId },
  });
}

// For the outbox's "menu" rows (queued when a role changes, e.g. at a term's start): the menu of the person's role
// at send time.
export function createMenuCommands(db: Db, translator: Translator) {
  return async (options: { telegramId: number; locale: Locale }) =>
    chatCommandMenu(translator, await loadActor(db, { telegramId: options.telegramId }), options.locale);
}
