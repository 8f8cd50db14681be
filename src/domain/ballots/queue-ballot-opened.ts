import type { Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import type { MessageButton } from "../delivery/message-action.js";

// Every unit's signatory gets the ballot with "🗳 Bỏ phiếu" and "Uỷ quyền bỏ phiếu"; everyone else in the bloc
// (liaisons, the board) is told it is open and who votes.
export async function queueBallotOpened(tx: Tx, options: { ballotId: string; blocId: string; now: Date }) {
  const ballot = await tx.ballot.findUniqueOrThrow({
    where: { id: options.ballotId },
    include: { titles: { orderBy: { position: "asc" } } },
  });
  const people = await findAudience(tx, { blocId: options.blocId, audience: { kind: "bloc" } });
  const params = {
    titles: ballot.titles.map((t) => ({ key: "ballots.title_line", params: { title: t.name, seats: t.seats } })),
    form: { key: ballot.secret ? "ballots.form_secret" : "ballots.form_open" },
    deadline: dateTimeParam(ballot.deadline),
    year: ballot.year,
  };
  const voteButtons: MessageButton[][] = [
    [{ textKey: "ballots.vote_button", action: { type: "ballots.vote", ballotId: ballot.id } }],
    [{ textKey: "ballots.delegate_button", action: { type: "ballots.delegate", ballotId: ballot.id } }],
  ];
  await enqueueMessages(tx, {
    intentId: `ballot-opened:${ballot.id}`,
    blocId: options.blocId,
    now: options.now,
    messages: people.map((person) => {
      const votes = person.role === "signatory";
      return {
        recipientKey: `person:${person.id}`,
        personId: person.id,
        chatId: person.chatId,
        textKey: votes ? "ballots.opened_signatory" : "ballots.opened_member",
        textParams: params,
        buttons: votes ? voteButtons : undefined,
      };
    }),
  });
}
