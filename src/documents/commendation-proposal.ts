import type { CommendationProposalData } from "../domain/ballots/ballot-document-data.js";

export type { Translate } from "../i18n/translator.js";
export type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

// The proposal's data is defined once, where the domain reads it. The dossier always lists the minutes of
// `ballotDate`, the scoring results and the units' achievement reports; `attachments` are further file titles.
export type CommendationProposalReport = CommendationProposalData;
// A unit proposed for a title: `percent` 0–100 as in the scoring results, `share` of votes a fraction as in the minutes.
export type ProposedUnit = CommendationProposalReport["proposals"][number]["units"][number];
