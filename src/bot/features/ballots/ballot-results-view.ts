import { Markup } from "telegraf";
import type { BallotResults } from "../../../domain/ballots/get-ballot-results.js";
import type { Locale } from "../../../config/env-schema.js";
import type { Translate } from "../../../i18n/translator.js";
import { formatPercent } from "./format-percent.js";
import { applyElection, minutesFile, proposalFile, startOpen } from "./ballot-callbacks.js";

const mark = { elected: "✅", tie: "⚖️", not_elected: "▫️" } as const;

// A closed ballot's results, or why it is void; the leader and the board get the documents, the leader a new ballot.
export function ballotResultsView(
  t: Translate,
  data: { results: BallotResults; locale: Locale; documents: boolean; canOpen: boolean },
) {
  const { ballot, quorum, votesBy, titles } = data.results;
  const lines = [
    t(ballot.state === "void" ? "ballots.results_void_heading" : "ballots.results_heading", { year: ballot.year }),
    t("ballots.results_quorum", { voted: quorum.voted, required: quorum.required, total: ballot.unitsTotal }),
    t("ballots.results_channels", votesBy),
  ];
  if (ballot.state === "void")
    lines.push(t("ballots.void_reason_quorum", { voted: quorum.voted, required: quorum.required }));
  else
    for (const title of titles) {
      lines.push("", t("ballots.results_title", { title: title.name, seats: title.seats, base: title.baseCount }));
      for (const c of title.candidates)
        lines.push(
          t("ballots.results_candidate", {
            mark: mark[c.outcome],
            unit: c.unitName,
            votes: c.votes,
            base: title.baseCount,
            percent: formatPercent(c.share, data.locale),
          }),
        );
      if (title.candidates.some((c) => c.outcome === "tie")) lines.push(t("ballots.results_tie_hint"));
    }
  const rows = [];
  const id = { ballotId: ballot.id };
  if (data.documents && ballot.state === "closed")
    rows.push([
      Markup.button.callback(t("ballots.minutes_button"), minutesFile.pack(id)),
      Markup.button.callback(t("ballots.proposal_button"), proposalFile.pack(id)),
    ]);
  else if (data.documents) rows.push([Markup.button.callback(t("ballots.minutes_button"), minutesFile.pack(id))]);
  const elects = titles.some((title) => title.kind === "election_leader");
  if (data.canOpen && elects && ballot.state === "closed")
    rows.push([Markup.button.callback(t("ballots.term_button"), applyElection.pack(id))]);
  if (data.canOpen) rows.push([Markup.button.callback(t("ballots.new_ballot_button"), startOpen.pack({}))]);
  return { text: lines.join("\n"), keyboard: rows.length ? Markup.inlineKeyboard(rows) : undefined };
}
