import type { LeafEntry, ScaleNodeInput } from "../domain/scoring/calculate/scoring-types.js";

export type { LeafEntry } from "../domain/scoring/calculate/scoring-types.js";

// A scale node as the sheet shows it: the engine's node plus the evidence expected (loadScaleForScoring's nodes fit).
export type ScoreSheetNode = ScaleNodeInput & { evidence?: string | null };

// The scale the sheet was made from; id and version travel in the file so a sheet of another version is refused.
export type ScoreSheetScale = { id: string; version: number; title: string; nodes: ScoreSheetNode[] };

export type UnitScoreSheetInput = {
  scale: ScoreSheetScale;
  unit: { code: string; name: string };
  bloc: { name: string };
  year: number;
  // When the sheet is made: the workbook's creation date.
  date: Date;
  // The bot's ScoreSheet the file is made for: a returned file names the sheet it belongs to.
  sheetId?: string;
  // What the sheet is pre-filled with: the reporting-bound leaves (prefillReportingEntries) and any earlier figures.
  entries: LeafEntry[];
};

// One problem of a returned sheet. `key` is the locale key (scoring.sheet_error_<code>, or the engine's
// scoring.error_<code> for a figure validateEntry refused); `row` is the Excel row, null for the file as a whole.
export type ScoreSheetError = {
  row: number | null;
  // The scale node of the row, when the problem is one row's: lets the bot name the leaf by path and title.
  nodeId?: string;
  code: string;
  key: string;
  params: Record<string, string | number>;
};

export type ReadScoreSheetResult = { entries: LeafEntry[] } | { errors: ScoreSheetError[] };
