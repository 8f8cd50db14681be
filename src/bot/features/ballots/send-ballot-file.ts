import { loadBallotMinutes } from "../../../domain/ballots/load-ballot-minutes.js";
import { loadCommendationProposal } from "../../../domain/ballots/load-commendation-proposal.js";
import { makeBallotMinutesFile, makeCommendationProposalFile } from "../../../exports/make-ballot-files.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// The minutes (biên bản) and the proposal (tờ trình) of a closed ballot, as .docx files in the reader's language.
export async function sendBallotFile(
  ctx: BotContext,
  deps: BotDeps,
  ballotId: string,
  kind: "minutes" | "proposal",
): Promise<void> {
  const options = {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    ballotId,
    now: deps.clock(),
    timeZone: deps.timeZone,
    t: ctx.t,
  };
  const file =
    kind === "minutes"
      ? await makeBallotMinutesFile(await loadBallotMinutes(deps.db, options), ctx.t)
      : await makeCommendationProposalFile(await loadCommendationProposal(deps.db, options), ctx.t);
  await ctx.answerCbQuery();
  await ctx.replyWithDocument({ source: file.bytes, filename: file.name });
}
