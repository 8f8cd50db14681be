import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

export type { Translate } from "../i18n/translator.js";
export type { DocumentSigning } from "../domain/blocs/find-document-signing.js";

// A unit proposed for a title: its final score and share of points (`percent`, 0–100, as in the scoring results),
// and the votes it got at the review meeting with their share (`share`, a fraction, as in the minutes).
export type ProposedUnit = {
  unitName: string;
  total: number;
  percent: number;
  bandLabel: string | null;
  votes: number;
  share: number;
};

// Everything the tờ trình đề nghị khen thưởng to the provincial council states. The dossier always lists the
// minutes of `ballotDate`, the scoring results and the units' achievement reports; `attachments` are further
// documents, already worded (file titles).
export type CommendationProposalReport = {
  blocName: string;
  province: string;
  leaderUnitName: string | null;
  year: number;
  date: Date;
  timeZone: string;
  signing: DocumentSigning;
  // Who the proposal is addressed to ("Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang").
  recipient: string;
  ballotDate: Date;
  proposals: { title: string; units: ProposedUnit[] }[];
  attachments: string[];
};
