import type { Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type KeyedText } from "../delivery/enqueue-messages.js";
import { getBallotResults, type BallotResultTitle } from "./get-ballot-results.js";

// Everyone in the bloc learns the outcome once the ballot is closed: each title's elected units and tally, a tie
// to vote again, or that the ballot is void and why.
export async function queueBallotResults(tx: Tx, options: { ballotId: string; now: Date }) {
  const { blocId } = await tx.ballot.findUniqueOrThrow({ where: { id: options.ballotId }, select: { blocId: true } });
  const results = await getBallotResults(tx, { blocId, ballotId: options.ballotId });
  const people = await findAudience(tx, { blocId, audience: { kind: "bloc" } });
  const { ballot, quorum } = results;
  const textKey = ballot.state === "void" ? "ballots.void_notice" : "ballots.results_notice";
  await enqueueMessages(tx, {
    intentId: `ballot-closed:${ballot.id}`,
    blocId,
    now: options.now,
    messages: people.map((person) => ({
      recipientKey: `person:${person.id}`,
      personId: person.id,
      chatId: person.chatId,
      textKey,
      textParams: {
        year: ballot.year,
        voted: quorum.voted,
        required: quorum.required,
        total: ballot.unitsTotal,
        titles: results.titles.map(titleLine),
      },
      buttons: [[{ textKey: "ballots.results_button", action: { type: "ballots.results", ballotId: ballot.id } }]],
    })),
  });
}

export function titleLine(title: BallotResultTitle): KeyedText {
  const names = (outcome: string) =>
    title.candidates
      .filter((c) => c.outcome === outcome)
      .map((c) => c.unitName)
      .join(", ");
  const tally = title.candidates.map((c) => `${c.unitName}: ${c.votes}/${title.baseCount}`).join("; ");
  const tied = names("tie");
  return {
    key: tied ? "ballots.result_title_tie" : "ballots.result_title",
    params: { title: title.name, elected: names("elected") || "—", tied, tally },
  };
}
