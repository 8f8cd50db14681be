import type { DocumentSigning } from "../domain/blocs/find-document-signing.js";
import type { Translate } from "../i18n/translator.js";

export type { Translate } from "../i18n/translator.js";

export type SynthesisResponseKind = "accepted" | "explained" | "pending";

export type SynthesisRow = {
  // "Điều 3", or the localized "general comment" label; the caller decides.
  clause: string;
  unitName: string;
  comment: string;
  response: { kind: SynthesisResponseKind; text: string | null };
};

// Everything the synthesis table (bảng tổng hợp ý kiến góp ý) shows, already in the order it is shown.
export type SynthesisTable = {
  blocName: string;
  province: string;
  leaderUnitName: string;
  draftTitle: string;
  versionLabel: string;
  generatedAt: Date;
  // The date line is in this zone (Asia/Ho_Chi_Minh), never the server's.
  timeZone: string;
  rows: SynthesisRow[];
  agreedUnits: string[];
  silentUnits: string[];
  signing: DocumentSigning;
};

export type BuildSynthesis = (table: SynthesisTable, t: Translate) => Promise<Buffer>;
