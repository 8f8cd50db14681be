import type { Telegraf } from "telegraf";
import type { BotContext } from "../bot-context.js";

// Never silence in a private chat: an unknown command or stray message gets a short hint.
// In groups the bot stays quiet unless addressed, so it does not spam the bloc's chat.
export function registerFallback(bot: Telegraf<BotContext>): void {
  bot.on("message", async (ctx) => {
    const text = "text" in ctx.message ? ctx.message.text : "";
    const command = text.startsWith("/") ? text.split(/\s/)[0]! : null;
    if (ctx.chat.type !== "private") {
      const username = ctx.botInfo?.username;
      if (command && username && command.toLowerCase().endsWith(`@${username.toLowerCase()}`)) {
        await ctx.reply(ctx.t("errors.private_only"));
      }
      return;
    }
    await ctx.reply(
      command ? ctx.t("fallback.unknown_command", { command: command.slice(0, 64) }) : ctx.t("fallback.text"),
    );
  });
}
