import type { TelegramProfile } from "../domain/people/telegram-profile.js";
import type { BotContext } from "./bot-context.js";

export function profileFromContext(ctx: BotContext): TelegramProfile {
  const from = ctx.from!;
  return {
    telegramId: from.id,
    chatId: ctx.chat?.type === "private" ? ctx.chat.id : from.id,
    firstName: from.first_name,
    lastName: from.last_name,
    username: from.username,
    languageCode: from.language_code,
  };
}
