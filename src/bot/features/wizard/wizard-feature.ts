import { Composer } from "telegraf";
import { endConversation } from "../../../domain/conversations/end-conversation.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { cancelWizard, dismiss } from "./wizard-callbacks.js";
import { onCommand } from "../../on-command.js";

// Leaving any wizard: /cancel, or the "Huỷ" button under its question.
export function wizardFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "cancel", async (ctx) => {
    const ended = ctx.actor.person ? await endConversation(deps.db, { personId: ctx.actor.person.id }) : false;
    await ctx.reply(ctx.t(ended ? "common.cancelled" : "common.nothing_to_cancel"));
  });
  onButton(feature, cancelWizard, async (ctx) => {
    if (ctx.actor.person) await endConversation(deps.db, { personId: ctx.actor.person.id });
    await ctx.answerCbQuery();
    await ctx.editMessageText(ctx.t("common.cancelled"));
  });
  onButton(feature, dismiss, async (ctx) => {
    await ctx.answerCbQuery();
    await ctx.editMessageText(ctx.t("common.cancelled"));
  });
  return feature;
}
