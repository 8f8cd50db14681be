import type { Telegraf } from "telegraf";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation } from "../../domain/conversations/get-conversation.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { announceKind, handleAnnounceInput } from "./announce.js";

// Messages that answer an open wizard (text, files, photos) go to that wizard; commands never do,
// so /help or /cancel always work in the middle of one.
export function registerConversation(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("cancel", async (ctx) => {
    const ended = ctx.actor.person ? await endConversation(deps.db, { personId: ctx.actor.person.id }) : false;
    await ctx.reply(ctx.t(ended ? "common.cancelled" : "common.nothing_to_cancel"));
  });

  bot.on("message", async (ctx, next) => {
    if (ctx.chat.type !== "private" || !ctx.actor.person) return next();
    if ("text" in ctx.message && ctx.message.text.startsWith("/")) return next();
    const conversation = await getConversation(deps.db, { personId: ctx.actor.person.id, now: deps.clock() });
    if (!conversation) return next();
    if (conversation.kind === announceKind) return handleAnnounceInput(ctx, deps, conversation);
    return next();
  });
}
