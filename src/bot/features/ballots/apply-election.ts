import { applyBallotElection } from "../../../domain/ballots/apply-ballot-election.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// "🔁 Đặt nhiệm kỳ năm sau": next year's leader and deputy as the ballot elected them.
export async function applyElection(ctx: BotContext, deps: BotDeps, ballotId: string): Promise<void> {
  const term = await applyBallotElection(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    ballotId,
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("ballots.term_set", { year: term.year, leader: term.leaderUnit.name, deputy: term.deputyUnit?.name ?? "—" }),
  );
}
