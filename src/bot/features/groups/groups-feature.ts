import { Composer } from "telegraf";
import { recordBotMembership } from "../../../domain/groups/record-bot-membership.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { canPin } from "./can-pin.js";
import { handleLinkGroup } from "./link-group-command.js";
import { onCommand } from "../../on-command.js";

// The bloc's Telegram group: /linkgroup links it, and the bot follows its own membership there.
export function groupsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "linkgroup", (ctx) => handleLinkGroup(ctx, deps));
  // Telegram reports the bot's own membership changes: added to a group, rights changed, removed.
  feature.on("my_chat_member", async (ctx) => {
    const update = ctx.myChatMember;
    if (update.chat.type === "private" || update.chat.type === "channel") return;
    const member = update.new_chat_member;
    const change = await recordBotMembership(deps.db, {
      chatId: update.chat.id,
      title: update.chat.title,
      status: member.status,
      canPin: canPin(member),
      now: deps.clock(),
    });
    if (change !== "none") {
      ctx.log.info({ chatId: update.chat.id, change }, "bot membership changed in a linked group");
      deps.outbox.notify();
    }
    const wasOut = update.old_chat_member.status === "left" || update.old_chat_member.status === "kicked";
    const isIn = member.status === "member" || member.status === "administrator";
    if (wasOut && isIn) await ctx.reply(ctx.t("group.added_hint", { username: ctx.botInfo.username }));
  });
  return feature;
}
