import { foldText } from "../domain/scoring/scale/fold-text.js";
import { scaleColumns } from "../domain/scoring/scale/scale-columns.js";

const describing = (column: "stt" | "title" | "max" | "kind" | "evidence") => ({
  header: scaleColumns[column].header,
  names: scaleColumns[column].names,
});

// The columns of a unit's score sheet, found by header name when it comes back (case and accents ignored, any
// order). The input columns are filled by kind: Đạt (x) for pass/fail, Điểm for direct, Số lần per occurrence,
// Kết quả and Chỉ tiêu against a target. `node` is hidden and names the scale node of each row. The widths add up
// to what one A4 landscape page holds at 100 % (xlsx-layout prints at 100 %, never shrunk below 12 pt).
export const scoreSheetColumns = {
  // The scale's own five columns, with the scale file's headers and names.
  stt: { ...describing("stt"), width: 5, input: false },
  title: { ...describing("title"), width: 30, input: false },
  max: { ...describing("max"), width: 7, input: false },
  kind: { ...describing("kind"), width: 10, input: false },
  evidence: { ...describing("evidence"), width: 18, input: false },
  passed: { header: "Đạt (x)", names: ["dat x", "dat", "passed"], width: 7, input: true },
  points: { header: "Điểm", names: ["diem", "points"], width: 7, input: true },
  count: { header: "Số lần", names: ["so lan", "count"], width: 7, input: true },
  result: { header: "Kết quả", names: ["ket qua", "result"], width: 7, input: true },
  target: { header: "Chỉ tiêu", names: ["chi tieu", "target"], width: 7, input: true },
  note: { header: "Ghi chú", names: ["ghi chu", "note", "notes"], width: 10, input: false },
  node: { header: "_node", names: ["node"], width: 1, input: false },
} as const;

export type ScoreSheetColumn = keyof typeof scoreSheetColumns;

export const scoreSheetColumnOrder = Object.keys(scoreSheetColumns) as ScoreSheetColumn[];

// The hidden sheet carrying what identifies the file: unit code, scale id and version, and the pre-filled points
// of the reporting-bound leaves.
export const scoreSheetMetaName = "_khoi";

export function matchScoreSheetHeader(text: string): ScoreSheetColumn | null {
  const folded = foldText(text);
  const entry = Object.entries(scoreSheetColumns).find(([, spec]) =>
    (spec.names as readonly string[]).includes(folded),
  );
  return entry ? (entry[0] as ScoreSheetColumn) : null;
}
