import type { Telegraf } from "telegraf";
import { loadActor } from "../../domain/people/load-actor.js";
import { redeemInvite } from "../../domain/invites/redeem-invite.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { syncChatCommandMenu } from "../command-menus.js";
import { profileFromContext } from "../telegram-profile.js";
import { actorUnitLabel, roleLabel } from "../role-label.js";

export function registerStart(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.start(async (ctx) => {
    if (ctx.chat.type !== "private") return void (await ctx.reply(ctx.t("errors.private_only")));
    const token = ctx.payload.trim();
    if (!token) {
      const { actor } = ctx;
      if (!actor.bloc || !actor.role) return void (await ctx.reply(ctx.t("start.welcome")));
      await ctx.reply(
        ctx.t("start.welcome_member", {
          name: ctx.from.first_name,
          role: roleLabel(ctx.t, actor.role, actor.isLeaderUnit),
          unit: actorUnitLabel(ctx.t, actor),
          bloc: actor.bloc.name,
        }),
      );
      return;
    }
    const profile = profileFromContext(ctx);
    const result = await redeemInvite(deps.db, { token, profile, now: deps.clock() });
    const actor = await loadActor(deps.db, { telegramId: ctx.from.id });
    const params = {
      bloc: result.bloc.name,
      unit: result.unit?.name ?? ctx.t("role.board"),
      role: roleLabel(ctx.t, result.role, actor.isLeaderUnit),
    };
    await ctx.reply(ctx.t(result.status === "joined" ? "start.joined" : "start.already_member", params));
    await syncChatCommandMenu(ctx.telegram, {
      translator: deps.translator,
      actor,
      locale: ctx.locale,
      chatId: ctx.chat.id,
    }).catch((error: unknown) => ctx.log.warn({ err: error }, "could not set chat commands"));
    if (result.notified > 0) deps.outbox.notify();
  });
}
