import { privateOnlyView } from "../../views/private-only-view.js";
import { redeemInvite } from "../../../domain/invites/redeem-invite.js";
import { loadActor } from "../../../domain/people/load-actor.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { syncChatCommandMenu } from "../../command-menus.js";
import { memberSummary } from "../../member-summary.js";
import { profileFromContext } from "../../profile-from-context.js";
import { joinedView, welcomeView } from "./start-views.js";

// /start: a greeting, or, with an invite token (the t.me link's start parameter), registration.
export async function handleStart(ctx: BotContext, deps: BotDeps, payload: string): Promise<void> {
  if (ctx.chat!.type !== "private") {
    const view = privateOnlyView(ctx.t, { username: ctx.botInfo?.username });
    return void (await ctx.reply(view.text, view.keyboard));
  }
  const token = payload.trim();
  if (!token) return greet(ctx);
  const result = await redeemInvite(deps.db, { token, profile: profileFromContext(ctx), now: deps.clock() });
  const actor = await loadActor(deps.db, { telegramId: ctx.from!.id });
  const view = joinedView(ctx.t, {
    status: result.status,
    blocName: result.bloc.name,
    unitName: result.unit?.name ?? null,
    role: result.role,
    isLeaderUnit: actor.isLeaderUnit,
  });
  await ctx.reply(view.text);
  await syncChatCommandMenu(ctx.telegram, {
    translator: deps.translator,
    actor,
    locale: ctx.locale,
    chatId: ctx.chat!.id,
  }).catch((error: unknown) => ctx.log.warn({ err: error }, "could not set chat commands"));
  if (result.notified > 0) deps.outbox.notify();
}

async function greet(ctx: BotContext): Promise<void> {
  await ctx.reply(welcomeView(ctx.t, { name: ctx.from!.first_name, member: memberSummary(ctx.actor) }).text);
}
