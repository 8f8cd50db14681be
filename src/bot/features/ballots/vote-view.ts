import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { castVote, reviewVote, tickVote } from "./ballot-callbacks.js";
import { packTicks, toggleTick, type Ticks } from "./vote-masks.js";

export type VoteTitle = { id: string; name: string; seats: number; candidates: { unitId: string; name: string }[] };
export type VoteData = { ballotId: string; year: number; secret: boolean; unitName: string; titles: VoteTitle[] };

const form = (t: Translate, secret: boolean) => t(secret ? "ballots.form_secret" : "ballots.form_open");

// The voter's own ballot paper: a button per candidate (☑ when ticked), each carrying the ticks after its press,
// then "Gửi phiếu".
export function voteView(t: Translate, data: VoteData, ticks: Ticks) {
  const lines = data.titles.map((title, i) =>
    t("ballots.vote_title_line", { n: i + 1, title: title.name, seats: title.seats }),
  );
  const rows = data.titles.flatMap((title, ti) =>
    title.candidates.map((c, ci) => [
      Markup.button.callback(
        `${ti + 1}. ${ticks[ti]![ci] ? "☑" : "☐"} ${c.name}`,
        tickVote.pack({ ballotId: data.ballotId, masks: packTicks(toggleTick(ticks, ti, ci)) }),
      ),
    ]),
  );
  return {
    text: [
      t("ballots.vote_heading", { year: data.year, form: form(t, data.secret), unit: data.unitName }),
      ...lines,
      t("ballots.vote_hint"),
    ].join("\n"),
    keyboard: Markup.inlineKeyboard([
      ...rows,
      [
        Markup.button.callback(
          t("ballots.send_vote_button"),
          reviewVote.pack({ ballotId: data.ballotId, masks: packTicks(ticks) }),
        ),
      ],
    ]),
  };
}

// Before the vote is cast: the choice once more, in the voter's own message, and a final yes.
export function reviewVoteView(t: Translate, data: VoteData, ticks: Ticks) {
  const masks = packTicks(ticks);
  const lines = data.titles.map((title, ti) => {
    const picked = title.candidates.filter((_c, ci) => ticks[ti]![ci]).map((c) => c.name);
    return t("ballots.review_line", {
      title: title.name,
      units: picked.length ? picked.join(", ") : t("ballots.blank"),
    });
  });
  return {
    text: [t("ballots.review_heading", { unit: data.unitName }), ...lines, t("ballots.review_hint")].join("\n"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("ballots.confirm_vote_button"), castVote.pack({ ballotId: data.ballotId, masks }))],
      [Markup.button.callback(t("ballots.edit_vote_button"), tickVote.pack({ ballotId: data.ballotId, masks }))],
    ]),
  };
}

// After the vote: that it was cast and how it came in. For a secret ballot the choice is not repeated.
export function votedView(
  t: Translate,
  data: { unitName: string; channel: "meeting" | "written"; role: "signatory" | "delegate"; choice: string | null },
) {
  return t(data.choice === null ? "ballots.voted_secret" : "ballots.voted_open", {
    unit: data.unitName,
    choice: data.choice ?? "",
    channel: t(data.channel === "meeting" ? "ballots.channel_meeting" : "ballots.channel_written"),
    role: t(data.role === "delegate" ? "ballots.as_delegate" : "ballots.as_signatory"),
  });
}
