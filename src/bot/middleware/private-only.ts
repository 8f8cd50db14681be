import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../bot-context.js";
import { commandCatalog } from "../command-catalog.js";

const known = new Set(commandCatalog.map((entry) => entry.command));

// Invite links and member lists must not be posted in a group; the bot's commands work in private chats.
export const privateOnlyMiddleware: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (!ctx.chat || ctx.chat.type === "private") return next();
  const text = ctx.message && "text" in ctx.message ? ctx.message.text : "";
  const name = /^\/([A-Za-z0-9_]+)/.exec(text)?.[1]?.toLowerCase();
  if (name && known.has(name)) {
    await ctx.reply(ctx.t("errors.private_only"));
    return;
  }
  return next();
};
