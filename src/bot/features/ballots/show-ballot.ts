import { findBallotOverview } from "../../../domain/ballots/get-ballot-overview.js";
import { resolveVoter } from "../../../domain/ballots/resolve-voter.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { ballotStatusView } from "./ballot-status-view.js";
import { showBallotResults } from "./close-flow.js";
import { startOpenBallot } from "./open-ballot-wizard.js";

// /ballot: the open ballot with the buttons this person may use; else the latest results; the leader unit with no
// ballot open is taken into the opening wizard (after the latest results, when there are some).
export async function showBallot(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "ballot.view");
  const blocId = ctx.actor.bloc!.id;
  const overview = await findBallotOverview(deps.db, { blocId });
  if (!overview || overview.ballot.state !== "open") {
    if (overview) await showBallotResults(ctx, deps, overview.ballot.id);
    if (can(ctx.actor, "ballot.open")) return startOpenBallot(ctx, deps);
    if (!overview) await ctx.reply(ctx.t("ballots.none"));
    return;
  }
  const { ballot, votedUnitIds } = overview;
  const person = ctx.actor.person!;
  const voter = can(ctx.actor, "ballot.vote")
    ? await resolveVoter(deps.db, { blocId, ballotId: ballot.id, personId: person.id }).catch(() => null)
    : null;
  const vote = !!voter && !votedUnitIds.includes(voter.unitId) && deps.clock() <= ballot.deadline;
  const view = ballotStatusView(ctx.t, {
    overview,
    timeZone: deps.timeZone,
    buttons: { vote, delegate: vote && voter?.role === "signatory", close: can(ctx.actor, "ballot.close") },
  });
  await ctx.reply(view.text, view.keyboard);
}
