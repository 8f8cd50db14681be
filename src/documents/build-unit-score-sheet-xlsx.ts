import type { Translate } from "../i18n/translator.js";
import type { LeafEntry, ScoreSheetNode, UnitScoreSheetInput } from "./score-sheet.js";
import {
  scoreSheetColumnOrder,
  scoreSheetColumns,
  scoreSheetMetaName,
  type ScoreSheetColumn,
} from "./score-sheet-columns.js";
import { createReportSheet } from "./xlsx-layout.js";

const headerRow = 5;
const lockedFill = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFF2F2F2" } };

// The input column each kind is filled in; a reporting-bound leaf shows its pre-filled points, whatever its kind.
export function inputColumnsOf(node: ScoreSheetNode): ScoreSheetColumn[] {
  if (node.kind === "section") return [];
  if (node.reportingBinding) return ["points"];
  return { pass_fail: ["passed"], direct: ["points"], per_occurrence: ["count"], target: ["result", "target"] }[
    node.kind
  ] as ScoreSheetColumn[];
}

function inputValue(column: ScoreSheetColumn, entry: LeafEntry | undefined): string | number {
  if (!entry) return "";
  if (column === "passed") return entry.passed ? "x" : "";
  const value =
    column === "points" || column === "count" || column === "result" || column === "target" ? entry[column] : undefined;
  return value ?? "";
}

function rowOf(node: ScoreSheetNode, entry: LeafEntry | undefined, t: Translate): (string | number)[] {
  const inputs = new Set(inputColumnsOf(node));
  const fixed: Partial<Record<ScoreSheetColumn, string | number>> = {
    stt: node.code,
    title: node.title,
    max: node.maxPoints,
    kind: t(`scoring.sheet_kind_${node.kind}`),
    evidence: node.evidence ?? "",
    note:
      entry?.assigned === false
        ? t("scoring.sheet_note_unassigned")
        : node.reportingBinding
          ? t("scoring.sheet_note_bound")
          : "",
    node: node.id,
  };
  return scoreSheetColumnOrder.map((column) =>
    inputs.has(column) ? inputValue(column, entry) : (fixed[column] ?? ""),
  );
}

// The pre-filled sheet a unit fills in Excel and sends back (phiếu tự chấm điểm): one row per scale node, the
// input cells of each leaf open, everything else locked, the reporting-bound and not-assigned leaves locked. The hidden
// `_node` column and `_khoi` sheet let readUnitScoreSheetXlsx refuse a sheet of another unit or scale version.
export async function buildUnitScoreSheetXlsx(input: UnitScoreSheetInput & { t: Translate }): Promise<Buffer> {
  const { scale, unit, t } = input;
  const byLeaf = new Map(input.entries.map((entry) => [entry.leafId, entry]));
  const widths = scoreSheetColumnOrder.map((column) => scoreSheetColumns[column].width);
  const book = createReportSheet({
    title: t("scoring.sheet_title", { year: input.year }),
    creator: input.bloc.name,
    created: input.date,
    sheetName: t("scoring.sheet_name"),
    columnWidths: widths,
    leftColumns: 2,
  });
  const last = book.lastColumn - 1;
  book.writeLine(1, 1, last, t("scoring.sheet_title", { year: input.year }), { bold: true, size: 14 });
  book.writeLine(2, 1, last, t("scoring.sheet_unit", { unit: unit.name, bloc: input.bloc.name }), { bold: true });
  book.writeLine(3, 1, last, scale.title, { italic: true, size: 12 });
  book.writeLine(4, 1, last, t("scoring.sheet_hint"), { italic: true, size: 12, horizontal: "left" });
  const headers = scoreSheetColumnOrder.map((column) => scoreSheetColumns[column].header);
  const rows = scale.nodes.map((node) => rowOf(node, byLeaf.get(node.id), t));
  book.writeTable(headerRow, headers, rows, { centred: [0, 2, 3, 5, 6, 7, 8, 9], empty: null, blankAsEmpty: true });
  const sheet = book.sheet;
  scale.nodes.forEach((node, i) => {
    const row = sheet.getRow(headerRow + 1 + i);
    if (node.kind === "section") row.font = { name: "Times New Roman", size: 12, bold: true };
    const fixed = node.reportingBinding || byLeaf.get(node.id)?.assigned === false;
    const open = fixed ? [] : [...inputColumnsOf(node), "note" as const];
    scoreSheetColumnOrder.forEach((column, c) => {
      const cell = row.getCell(c + 1);
      if (open.includes(column)) cell.protection = { locked: false };
      else if (scoreSheetColumns[column].input) cell.fill = lockedFill;
    });
  });
  sheet.getColumn(scoreSheetColumnOrder.indexOf("node") + 1).hidden = true;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow }];
  // No password: the lock keeps honest mistakes out of the fixed cells; the reader checks everything anyway.
  await sheet.protect("", {
    selectLockedCells: true,
    selectUnlockedCells: true,
    formatColumns: true,
    formatRows: true,
  });
  const meta = sheet.workbook.addWorksheet(scoreSheetMetaName, { state: "hidden" });
  meta.addRow(["unit", unit.code]);
  meta.addRow(["scale", scale.id]);
  meta.addRow(["version", scale.version]);
  meta.addRow(["year", input.year]);
  if (input.sheetId) meta.addRow(["sheet", input.sheetId]);
  for (const node of scale.nodes) {
    if (byLeaf.get(node.id)?.assigned === false) meta.addRow(["unassigned", node.id]);
    else if (node.reportingBinding) meta.addRow(["bound", node.id, byLeaf.get(node.id)?.points ?? null]);
  }
  return book.toBuffer();
}
