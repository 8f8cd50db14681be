import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { BallotOverview } from "../../../domain/ballots/get-ballot-overview.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { askClose, chooseDelegate, startVote } from "./ballot-callbacks.js";
import { ballotRulesText } from "./ballot-rules-text.js";

export type StatusButtons = { vote: boolean; delegate: boolean; close: boolean };

// An open ballot: its rules, titles and candidates, which units have voted (never the tally), and the buttons
// this person may use.
export function ballotStatusView(
  t: Translate,
  data: { overview: BallotOverview; timeZone: string; buttons: StatusButtons },
) {
  const { ballot, titles, units, votedUnitIds } = data.overview;
  const name = (u: { name: string; shortName: string | null }) => u.shortName ?? u.name;
  const voted = units.filter((u) => votedUnitIds.includes(u.id)).map(name);
  const waiting = units.filter((u) => !votedUnitIds.includes(u.id)).map(name);
  const lines = [
    t("ballots.status_heading", { year: ballot.year, deadline: formatDateTime(ballot.deadline, data.timeZone) }),
    ballotRulesText(t, ballot),
    ...titles.map((title, i) =>
      t("ballots.status_title", {
        n: i + 1,
        title: title.name,
        seats: title.seats,
        candidates: title.candidates.map((c) => c.name).join(", "),
      }),
    ),
    t("ballots.status_voted", { count: voted.length, total: ballot.unitsTotal, units: voted.join(", ") || "—" }),
    t("ballots.status_waiting", { units: waiting.join(", ") || "—" }),
  ];
  const rows: InlineKeyboardButton[][] = [];
  const id = { ballotId: ballot.id };
  if (data.buttons.vote) rows.push([Markup.button.callback(t("ballots.vote_button"), startVote.pack(id))]);
  if (data.buttons.delegate) rows.push([Markup.button.callback(t("ballots.delegate_button"), chooseDelegate.pack(id))]);
  if (data.buttons.close) rows.push([Markup.button.callback(t("ballots.close_button"), askClose.pack(id))]);
  return { text: lines.join("\n"), keyboard: rows.length ? Markup.inlineKeyboard(rows) : undefined };
}
