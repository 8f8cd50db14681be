import { castVote } from "../../../domain/ballots/cast-vote.js";
import { getBallotOverview, type BallotOverview } from "../../../domain/ballots/get-ballot-overview.js";
import { resolveVoter, type Voter } from "../../../domain/ballots/resolve-voter.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { emptyTicks, ticksToChoices, unpackTicks, type Ticks } from "./vote-masks.js";
import { reviewVoteView, voteView, votedView, type VoteData } from "./vote-view.js";

// Who is voting on which open ballot; the same refusals as the vote itself (not the unit's voter, voted already,
// closed), so nobody gets a ballot paper they cannot cast.
async function loadVote(ctx: BotContext, deps: BotDeps, ballotId: string) {
  assertCan(ctx.actor, "ballot.vote");
  const blocId = ctx.actor.bloc!.id;
  const overview = await getBallotOverview(deps.db, { blocId, ballotId });
  if (overview.ballot.state !== "open" || deps.clock() > overview.ballot.deadline)
    throw new DomainError("ballots.error_closed");
  const voter = await resolveVoter(deps.db, { blocId, ballotId, personId: ctx.actor.person!.id });
  if (overview.votedUnitIds.includes(voter.unitId))
    throw new DomainError("ballots.error_already_voted", { unit: voter.unitName });
  return { overview, voter, data: voteData(overview, voter) };
}

function voteData(overview: BallotOverview, voter: Voter): VoteData {
  const { ballot, titles } = overview;
  return { ballotId: ballot.id, year: ballot.year, secret: ballot.secret, unitName: voter.unitName, titles };
}

function ticksOf(data: VoteData, masks: string): Ticks {
  const ticks = unpackTicks(masks, data.titles);
  if (!ticks) throw new DomainError("errors.stale_button");
  return ticks;
}

// "🗳 Bỏ phiếu": a fresh ballot paper in a new message.
export async function startVote(ctx: BotContext, deps: BotDeps, ballotId: string): Promise<void> {
  const { data } = await loadVote(ctx, deps, ballotId);
  await ctx.answerCbQuery();
  const view = voteView(ctx.t, data, emptyTicks(data.titles));
  await ctx.reply(view.text, view.keyboard);
}

// A tick or untick (or "Sửa lại"): the same message, redrawn with the ticks the button carried.
export async function tickVote(ctx: BotContext, deps: BotDeps, ballotId: string, masks: string): Promise<void> {
  const { data } = await loadVote(ctx, deps, ballotId);
  const view = voteView(ctx.t, data, ticksOf(data, masks));
  await ctx.answerCbQuery();
  await ctx.editMessageText(view.text, view.keyboard);
}

export async function reviewVote(ctx: BotContext, deps: BotDeps, ballotId: string, masks: string): Promise<void> {
  const { data } = await loadVote(ctx, deps, ballotId);
  const ticks = ticksOf(data, masks);
  const tooMany = data.titles.find((title, ti) => ticks[ti]!.filter(Boolean).length > title.seats);
  if (tooMany) throw new DomainError("ballots.error_too_many", { title: tooMany.name, seats: tooMany.seats });
  const view = reviewVoteView(ctx.t, data, ticks);
  await ctx.answerCbQuery();
  await ctx.editMessageText(view.text, view.keyboard);
}

// The final yes: the domain checks everything again and records the vote; the message then says only that it was
// cast (and, for an open ballot, the choice).
export async function confirmVote(ctx: BotContext, deps: BotDeps, ballotId: string, masks: string): Promise<void> {
  const { data } = await loadVote(ctx, deps, ballotId);
  const ticks = ticksOf(data, masks);
  const result = await castVote(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc!.id,
    ballotId,
    choices: ticksToChoices(ticks, data.titles),
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
  const choice = result.secret ? null : reviewVoteView(ctx.t, data, ticks).text.split("\n").slice(1, -1).join("\n");
  await ctx.answerCbQuery();
  await ctx.editMessageText(votedView(ctx.t, { ...result, choice }));
}
