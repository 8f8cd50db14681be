import { privateOnlyView } from "../views/private-only-view.js";
import type { MiddlewareFn } from "telegraf";
import type { BotContext } from "../bot-context.js";
import { commandCatalog, groupCommands } from "../command-catalog.js";

const known = new Set(
  commandCatalog.map((entry) => entry.command).filter((command) => !groupCommands.includes(command)),
);

// Invite links and member lists must not be posted in a group; the bot's commands work in private chats.
export const privateOnlyMiddleware: MiddlewareFn<BotContext> = async (ctx, next) => {
  if (!ctx.chat || ctx.chat.type === "private") return next();
  const text = ctx.message && "text" in ctx.message ? ctx.message.text : "";
  const match = /^\/([A-Za-z0-9_]+)(?:@(\w+))?/.exec(text);
  const name = match?.[1]?.toLowerCase();
  const addressee = match?.[2]?.toLowerCase();
  // A command for another bot in the same group is none of our business.
  if (addressee && addressee !== ctx.botInfo?.username?.toLowerCase()) return;
  if (name && known.has(name)) {
    const view = privateOnlyView(ctx.t, { username: ctx.botInfo?.username });
    await ctx.reply(view.text, view.keyboard);
    return;
  }
  return next();
};
