import { foldText } from "../domain/scoring/scale/fold-text.js";

// The columns of a unit's score sheet, found by header name when it comes back (case and accents ignored, any
// order). The input columns are filled by kind: Đạt (x) for pass/fail, Điểm for direct, Số lần per occurrence,
// Kết quả and Chỉ tiêu against a target. `node` is hidden and names the scale node of each row. The widths add up
// to what one A4 landscape page holds at 100 % (xlsx-layout prints at 100 %, never shrunk below 12 pt).
export const scoreSheetColumns = {
  stt: { header: "STT", names: ["stt", "so tt", "code"], width: 5, input: false },
  title: { header: "Tiêu chí", names: ["tieu chi", "criterion"], width: 30, input: false },
  max: { header: "Điểm tối đa", names: ["diem toi da", "max points"], width: 7, input: false },
  kind: { header: "Loại", names: ["loai", "kind"], width: 10, input: false },
  evidence: { header: "Minh chứng", names: ["minh chung", "evidence"], width: 18, input: false },
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
