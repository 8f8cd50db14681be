import type { Telegraf } from "telegraf";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { handleSubmitInput, reportSubmitKind } from "./report-submit.js";
import { handleEditObligationInput, handleNewObligationInput, reportEditKind, reportNewKind } from "./report-setup.js";

type Step = (ctx: BotContext, deps: BotDeps, conversation: ActiveConversation) => Promise<void>;
const steps: Record<string, Step> = {
  [reportSubmitKind]: handleSubmitInput,
  [reportNewKind]: handleNewObligationInput,
  [reportEditKind]: handleEditObligationInput,
};

// Messages that answer an open wizard (text, files, photos) go to that wizard; commands never do,
// so /help or /cancel always work in the middle of one.
export function registerConversation(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on("message", async (ctx, next) => {
    if (ctx.chat.type !== "private" || !ctx.actor.person) return next();
    if ("text" in ctx.message && ctx.message.text.startsWith("/")) return next();
    const conversation = await getConversation(deps.db, { personId: ctx.actor.person.id, now: deps.clock() });
    if (!conversation) return next();
    const step = steps[conversation.kind];
    return step ? step(ctx, deps, conversation) : next();
  });
}
