import type ExcelJS from "exceljs";
import { scoringErrorKey, validateEntry } from "../domain/scoring/calculate/validate-entry.js";
import { cellNumber, cellText } from "../domain/scoring/scale/cell-text.js";
import { foldText } from "../domain/scoring/scale/fold-text.js";
import { inputColumnsOf } from "./build-unit-score-sheet-xlsx.js";
import type { LeafEntry, ScoreSheetError, ScoreSheetNode } from "./score-sheet.js";
import { scoreSheetColumns, type ScoreSheetColumn } from "./score-sheet-columns.js";

const inputColumns = (Object.keys(scoreSheetColumns) as ScoreSheetColumn[]).filter(
  (column) => scoreSheetColumns[column].input,
);
const passedWords = new Set(["x", "dat", "co", "1", "yes", "true"]);
const failedWords = new Set(["", "0", "khong", "khong dat", "no", "false", "-"]);

export type SheetRow = { row: number; cell: (column: ScoreSheetColumn) => ExcelJS.Cell };

const sheetError = (row: number, code: string, params: Record<string, string | number>): ScoreSheetError => ({
  row,
  code,
  key: `scoring.sheet_error_${code}`,
  params: { row, ...params },
});

// One row of a returned sheet as the engine's entry, or every problem of that row. A bound leaf keeps the
// figure the bot wrote (`bound`), and a changed one is refused rather than silently replaced.
export function readScoreSheetLeaf(
  node: ScoreSheetNode,
  sheetRow: SheetRow,
  bound: number | null | undefined,
): { entry: LeafEntry | null; errors: ScoreSheetError[] } {
  const read = readLeaf(node, sheetRow, bound);
  return { entry: read.entry, errors: read.errors.map((error) => ({ ...error, nodeId: node.id })) };
}

function readLeaf(
  node: ScoreSheetNode,
  { row, cell }: SheetRow,
  bound: number | null | undefined,
): { entry: LeafEntry | null; errors: ScoreSheetError[] } {
  const stt = node.code;
  const open = new Set(inputColumnsOf(node));
  const errors: ScoreSheetError[] = [];
  for (const column of inputColumns) {
    if (open.has(column) || cellText(cell(column)) === "") continue;
    if (node.kind === "section") {
      const [problem] = validateEntry(node, { leafId: node.id, assigned: true });
      return {
        entry: null,
        errors: [
          { row, code: problem!.code, key: scoringErrorKey(problem!.code), params: { row, ...problem!.params } },
        ],
      };
    }
    errors.push(sheetError(row, "wrong_column", { stt, column: scoreSheetColumns[column].header }));
  }
  if (node.kind === "section") return { entry: null, errors };
  const entry: LeafEntry = { leafId: node.id, assigned: true };
  if (node.reportingBinding) {
    const value = cellNumber(cell("points"));
    const expected = bound ?? undefined;
    if (value !== expected)
      errors.push(sheetError(row, "bound_changed", { stt, value: cellText(cell("points")), expected: expected ?? "" }));
    if (expected !== undefined) entry.points = expected;
    return { entry, errors };
  }
  for (const column of open) {
    if (column === "passed") {
      const word = foldText(cellText(cell(column)));
      if (passedWords.has(word)) entry.passed = true;
      else if (failedWords.has(word)) entry.passed = false;
      else errors.push(sheetError(row, "bad_flag", { stt, value: cellText(cell(column)) }));
      continue;
    }
    const value = cellNumber(cell(column));
    if (value === "bad") {
      errors.push(
        sheetError(row, "not_a_number", {
          stt,
          column: scoreSheetColumns[column].header,
          value: cellText(cell(column)),
        }),
      );
      continue;
    }
    if (
      value !== undefined &&
      (column === "points" || column === "count" || column === "result" || column === "target")
    )
      entry[column] = value;
  }
  if (errors.length === 0)
    for (const problem of validateEntry(node, entry))
      errors.push({ row, code: problem.code, key: scoringErrorKey(problem.code), params: { row, ...problem.params } });
  return { entry, errors };
}
