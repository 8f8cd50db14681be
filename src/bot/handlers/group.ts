import type { Telegraf } from "telegraf";
import type { ChatMember } from "telegraf/types";
import { linkGroup } from "../../domain/groups/link-group.js";
import { recordBotMembership } from "../../domain/groups/record-bot-membership.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";

function canPin(member: ChatMember): boolean {
  if (member.status === "creator") return true;
  return member.status === "administrator" && member.can_pin_messages === true;
}

export function registerGroup(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("linkgroup", async (ctx) => {
    if (ctx.chat.type === "private")
      return void (await ctx.reply(ctx.t("group.link_in_group", { username: ctx.botInfo.username })));
    if (!(await authorize(ctx, deps, "group.link", "/linkgroup"))) return;
    // Whether the bot may pin is asked, not assumed; if Telegram does not say, pinning is simply tried later.
    const me = await ctx.telegram.getChatMember(ctx.chat.id, ctx.botInfo.id).catch((error: unknown) => {
      ctx.log.warn({ err: error }, "could not read the bot's rights in the group");
      return null;
    });
    const title = "title" in ctx.chat ? ctx.chat.title : "";
    const pin = me ? canPin(me) : false;
    const { blocName } = await linkGroup(deps.db, {
      blocId: ctx.actor.bloc!.id,
      chatId: ctx.chat.id,
      title,
      canPin: pin,
      actor: { personId: ctx.actor.person!.id, telegramId: ctx.from.id },
      now: deps.clock(),
    });
    await ctx.reply(
      ctx.t("group.linked", { bloc: blocName, pin: ctx.t(pin ? "group.linked_can_pin" : "group.linked_cannot_pin") }),
    );
  });

  // Telegram reports the bot's own membership changes: added to a group, rights changed, removed.
  bot.on("my_chat_member", async (ctx) => {
    const update = ctx.myChatMember;
    if (update.chat.type === "private" || update.chat.type === "channel") return;
    const member = update.new_chat_member;
    const title = update.chat.title;
    const change = await recordBotMembership(deps.db, {
      chatId: update.chat.id,
      title,
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
}
