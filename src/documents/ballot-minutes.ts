import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

export type { Translate } from "../i18n/translator.js";
export type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

// One title put to the vote (Cờ thi đua, Bằng khen…): how many units may be proposed, the rule a candidate must
// pass (more than `threshold` — a fraction, 0.5 for "> 50 %" — of `baseCount` units, all the bloc's or those who
// voted), and the count per candidate. `share` is a fraction too (votes / baseCount), shown as a percentage.
export type BallotTitleTally = {
  title: string;
  seats: number;
  base: "all_units" | "voting_units";
  baseCount: number;
  threshold: number;
  candidates: { unitName: string; votes: number; share: number; elected: boolean }[];
};

// Everything the minutes of the review meeting (biên bản họp bình xét) state. Counts only: never who voted for
// whom, nor which unit voted how or when. `ranking.percent` is 0–100 (the scoring results' share of points).
// For a void ballot the tallies are not printed, only the reason (already worded in the reader's language).
export type BallotMinutesReport = {
  blocName: string;
  province: string;
  leaderUnitName: string | null;
  year: number;
  // The day the minutes are dated, shown in `timeZone` like every time in them.
  date: Date;
  timeZone: string;
  // The chair signs on the right: the signer's name is printed when the chair is the leader unit (or not given),
  // else left to be written by hand, as the secretary's always is.
  signing: DocumentSigning;
  // null: not recorded, left as a dotted blank to fill in by hand.
  meeting: { startsAt: Date | null; place: string | null; chairUnitName: string | null };
  attendees: { unitName: string; personName: string }[];
  absentUnits: string[];
  unitsTotal: number;
  ranking: { rank: number; unitName: string; total: number; percent: number; bandLabel: string | null }[];
  secret: boolean;
  quorum: { required: number; voted: number; met: boolean };
  votesBy: { meeting: number; written: number; notVoted: number };
  titles: BallotTitleTally[];
  result: "valid" | "void";
  voidReason: string | null;
};
