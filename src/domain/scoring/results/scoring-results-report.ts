import type { DocumentSigning } from "../../blocs/find-document-signing.js";
import type { ScoringLayerResults } from "./score-result-layers.js";

// A top-level section of the scale: one sheet (and one table in Word) of self / review / final points per unit.
export type ScoringResultsSection = { id: string; code: string; title: string; maxPoints: number };

// Everything the results files show: the bloc and date for the administrative header, the scale's top-level
// sections, the label of each band key, and the three layers of scoreResultLayers (the ranking is the final one's).
export type ScoringResultsReport = {
  blocName: string;
  province: string;
  // null: the table is the bloc's; else the leader unit issues it under the bloc.
  leaderUnitName: string | null;
  year: number;
  date: Date;
  timeZone: string;
  // Who signs for the bloc and its code, for the number line and the signature block (findDocumentSigning).
  signing: DocumentSigning;
  sections: ScoringResultsSection[];
  bandLabels: Record<string, string>;
  layers: ScoringLayerResults;
  // Sheets of the round not yet final: the results stay provisional (layers.final.provisional) until there are none.
  openSheets?: number;
};
