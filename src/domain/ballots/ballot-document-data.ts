import type { DocumentSigning } from "../blocs/find-document-signing.js";

// What the minutes (biên bản họp bình xét) and the proposal (tờ trình đề nghị khen thưởng) state, as the domain
// reads it; the builders in src/documents take these very types (BallotMinutesReport, CommendationProposalReport).
export type BallotTitleTallyData = {
  title: string;
  seats: number;
  base: "all_units" | "voting_units";
  baseCount: number;
  threshold: number;
  candidates: { unitName: string; votes: number; share: number; elected: boolean }[];
};

export type BallotMinutesData = {
  blocName: string;
  province: string;
  leaderUnitName: string | null;
  year: number;
  date: Date;
  timeZone: string;
  signing: DocumentSigning;
  meeting: { startsAt: Date | null; place: string | null; chairUnitName: string | null };
  attendees: { unitName: string; personName: string }[];
  absentUnits: string[];
  unitsTotal: number;
  ranking: { rank: number; unitName: string; total: number; percent: number; bandLabel: string | null }[];
  secret: boolean;
  quorum: { required: number; voted: number; met: boolean };
  votesBy: { meeting: number; written: number; notVoted: number };
  titles: BallotTitleTallyData[];
  result: "valid" | "void";
  voidReason: string | null;
};

export type CommendationProposalData = {
  blocName: string;
  province: string;
  leaderUnitName: string | null;
  year: number;
  date: Date;
  timeZone: string;
  signing: DocumentSigning;
  recipient: string;
  ballotDate: Date;
  proposals: {
    title: string;
    units: {
      unitName: string;
      total: number;
      percent: number;
      bandLabel: string | null;
      votes: number;
      share: number;
    }[];
  }[];
  attachments: string[];
};
