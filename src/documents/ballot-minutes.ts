export type { Translate } from "../i18n/translator.js";
export type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

// The minutes' data is defined once, where the domain reads it (src/documents may import the domain, not the
// reverse). Counts only: never who voted for whom, nor which unit voted how or when. `threshold` and `share` are
// fractions (0.5 for "> 50 %"), `ranking.percent` is 0–100; a void ballot prints only its worded reason; the chair's
// name is printed when the chair is the leader unit (or not given), else left to be written by hand.
export type {
  BallotTitleTallyData as BallotTitleTally,
  BallotMinutesData as BallotMinutesReport,
} from "../domain/ballots/ballot-document-data.js";
