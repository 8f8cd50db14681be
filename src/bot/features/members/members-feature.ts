import { Composer } from "telegraf";
import { getBlocOverview } from "../../../domain/blocs/get-bloc-overview.js";
import { yearIn } from "../../../domain/blocs/year-in.js";
import { listMembers } from "../../../domain/members/list-members.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { blocOverviewView } from "./bloc-overview-view.js";
import { memberListView } from "./member-list-view.js";
import { askRemoval, blocPage, confirmRemoval, membersPage } from "./members-callbacks.js";
import { askRemoveMember, confirmRemoveMember } from "./remove-member-flow.js";
import { onCommand } from "../../on-command.js";

// Who is in the bloc: /bloc for every member, /members (with removal) for the leader unit and the board.
export function membersFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "bloc", async (ctx) => {
    const view = await blocView(ctx, deps, 0);
    await ctx.reply(view.text, view.keyboard);
  });
  onCommand(feature, "members", async (ctx) => {
    const view = await membersView(ctx, deps, 0);
    await ctx.reply(view.text, view.keyboard);
  });
  // A page is drawn afresh from the database on every press, so it never shows a removed member.
  onButton(feature, blocPage, async (ctx, data) => {
    const view = await blocView(ctx, deps, Number(data.page));
    await ctx.answerCbQuery();
    await ctx.editMessageText(view.text, view.keyboard);
  });
  onButton(feature, membersPage, async (ctx, data) => {
    const view = await membersView(ctx, deps, Number(data.page));
    await ctx.answerCbQuery();
    await ctx.editMessageText(view.text, view.keyboard);
  });
  onButton(feature, askRemoval, (ctx, data) => askRemoveMember(ctx, deps, data.membershipId));
  onButton(feature, confirmRemoval, (ctx, data) => confirmRemoveMember(ctx, deps, data.membershipId));
  return feature;
}

async function blocView(ctx: BotContext, deps: BotDeps, page: number) {
  assertCan(ctx.actor, "bloc.view");
  const overview = await getBlocOverview(deps.db, { blocId: ctx.actor.bloc!.id });
  const setNextTermYear = can(ctx.actor, "term.set") ? yearIn(deps.clock(), deps.timeZone) + 1 : undefined;
  return blocOverviewView(ctx.t, { ...overview, page, setNextTermYear });
}

async function membersView(ctx: BotContext, deps: BotDeps, page: number) {
  assertCan(ctx.actor, "members.view");
  const groups = await listMembers(deps.db, { blocId: ctx.actor.bloc!.id });
  return memberListView(ctx.t, {
    blocName: ctx.actor.bloc!.name,
    groups,
    viewerMembershipId: ctx.actor.membershipId,
    canRemoveBoard: can(ctx.actor, "members.remove_board"),
    timeZone: deps.timeZone,
    page,
  });
}
