import { Context } from "telegraf";
import type { Locale } from "../config/env-schema.js";
import type { Actor } from "../domain/people/load-actor.js";
import type { Translate } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { splitMessageText } from "./views/split-message-text.js";

// Filled by the context middleware before any handler runs.
type ReplyExtra = Parameters<Context["reply"]>[1];
type EditExtra = Parameters<Context["editMessageText"]>[1];

// Filled by the context middleware before any handler runs.
export class BotContext extends Context {
  actor!: Actor;
  locale!: Locale;
  t!: Translate;
  log!: Logger;
  // Telegram takes one answer per button press: a refusal after a handler already answered must come another way.
  callbackAnswered = false;

  override async answerCbQuery(...args: Parameters<Context["answerCbQuery"]>) {
    this.callbackAnswered = true;
    return super.answerCbQuery(...args);
  }

  // A text over Telegram's limit goes out in parts; the keyboard and the reply-to stay with the last part.
  override async reply(text: string, extra?: ReplyExtra) {
    const parts = splitMessageText(text);
    for (const part of parts.slice(0, -1))
      await super.reply(part, { link_preview_options: extra?.link_preview_options });
    return super.reply(parts.at(-1)!, extra);
  }

  // An edited message keeps the first part; the others follow as new messages, the last one with the keyboard.
  override async editMessageText(text: string, extra?: EditExtra) {
    const parts = splitMessageText(text);
    if (parts.length === 1) return super.editMessageText(text, extra);
    const edited = await super.editMessageText(parts[0]!);
    for (const [i, part] of parts.slice(1).entries())
      await super.reply(part, i === parts.length - 2 ? { reply_markup: extra?.reply_markup } : {});
    return edited;
  }
}
