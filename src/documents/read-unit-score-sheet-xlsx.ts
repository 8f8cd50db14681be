import type ExcelJS from "exceljs";
import { loadExcelJs } from "../domain/files/load-on-first-use.js";
import { cellNumber, cellText } from "../domain/scoring/scale/cell-text.js";
import { readScoreSheetLeaf } from "./read-score-sheet-leaf.js";
import type { LeafEntry, ReadScoreSheetResult, ScoreSheetError, ScoreSheetScale } from "./score-sheet.js";
import {
  matchScoreSheetHeader,
  scoreSheetColumnOrder,
  scoreSheetColumns,
  scoreSheetMetaName,
  type ScoreSheetColumn,
} from "./score-sheet-columns.js";

const fileError = (code: string, params: Record<string, string | number> = {}): ScoreSheetError => ({
  row: null,
  code,
  key: `scoring.sheet_error_${code}`,
  params,
});
const at = (row: number, code: string, params: Record<string, string | number>): ScoreSheetError => ({
  ...fileError(code, { row, ...params }),
  row,
});
// Ghi chú is free text; every other column is needed to read the sheet back.
const requiredColumns = scoreSheetColumnOrder.filter((column) => column !== "note");

// What the hidden `_khoi` sheet says the file is: whose sheet, of which scale version, year and ScoreSheet.
export type ScoreSheetMeta = {
  unit: string;
  scale: string;
  version: number | undefined;
  year: number | undefined;
  sheet: string;
};

type Meta = ScoreSheetMeta & { bound: Map<string, number | null>; unassigned: Set<string> };

function readMeta(sheet: ExcelJS.Worksheet): Meta {
  const meta: Meta = {
    unit: "",
    scale: "",
    version: undefined,
    year: undefined,
    sheet: "",
    bound: new Map(),
    unassigned: new Set(),
  };
  sheet.eachRow((row) => {
    const [key, value, extra] = [1, 2, 3].map((c) => row.getCell(c));
    const name = cellText(key!);
    if (name === "unit") meta.unit = cellText(value!);
    if (name === "scale") meta.scale = cellText(value!);
    if (name === "version") meta.version = Number(cellText(value!));
    if (name === "year") meta.year = Number(cellText(value!));
    if (name === "sheet") meta.sheet = cellText(value!);
    if (name === "unassigned") meta.unassigned.add(cellText(value!));
    if (name === "bound") {
      const points = cellNumber(extra!);
      meta.bound.set(cellText(value!), typeof points === "number" ? points : null);
    }
  });
  return meta;
}

function findColumns(
  sheet: ExcelJS.Worksheet,
): { headerRow: number; columns: Map<ScoreSheetColumn, number> } | ScoreSheetError[] {
  for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
    const row = sheet.getRow(r);
    const texts = Array.from({ length: row.cellCount }, (_, i) => cellText(row.getCell(i + 1)));
    if (!texts.some((text) => matchScoreSheetHeader(text) === "stt")) continue;
    const columns = new Map<ScoreSheetColumn, number>();
    const errors: ScoreSheetError[] = [];
    texts.forEach((text, i) => {
      if (text === "") return;
      const column = matchScoreSheetHeader(text);
      if (column === null) errors.push(at(r, "unknown_column", { column: text }));
      else if (columns.has(column)) errors.push(at(r, "duplicate_column", { column: text }));
      else columns.set(column, i + 1);
    });
    for (const column of requiredColumns)
      if (!columns.has(column)) errors.push(at(r, "missing_column", { column: scoreSheetColumns[column].header }));
    return errors.length > 0 ? errors : { headerRow: r, columns };
  }
  return [fileError("no_header")];
}

async function loadWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook | null> {
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    return workbook;
  } catch {
    return null;
  }
}

// Whether a file is a score sheet the bot made, and whose: null for anything else (another workbook, not a zip).
export async function readScoreSheetMeta(bytes: Buffer): Promise<ScoreSheetMeta | null> {
  const metaSheet = (await loadWorkbook(bytes))?.getWorksheet(scoreSheetMetaName);
  if (!metaSheet) return null;
  const { unit, scale, version, year, sheet } = readMeta(metaSheet);
  return unit === "" ? null : { unit, scale, version, year, sheet };
}

// A unit's returned score sheet (built by buildUnitScoreSheetXlsx) as the engine's entries, all or nothing: the
// file must be this unit's sheet of this scale version, columns are found by name, and every bad cell, unknown,
// repeated or missing row and changed pre-filled figure is named with its Excel row.
export async function readUnitScoreSheetXlsx(
  bytes: Buffer,
  options: { scale: ScoreSheetScale; unitCode: string },
): Promise<ReadScoreSheetResult> {
  const { scale } = options;
  const workbook = await loadWorkbook(bytes);
  if (!workbook) return { errors: [fileError("unreadable")] };
  const metaSheet = workbook.getWorksheet(scoreSheetMetaName);
  if (!metaSheet) return { errors: [fileError("not_a_score_sheet")] };
  const meta = readMeta(metaSheet);
  if (meta.unit !== options.unitCode)
    return { errors: [fileError("other_unit", { unit: meta.unit, expected: options.unitCode })] };
  if (meta.scale !== scale.id || meta.version !== scale.version)
    return { errors: [fileError("other_scale", { version: meta.version ?? "", expected: scale.version })] };
  const sheet = workbook.worksheets.find((candidate) => candidate.name !== scoreSheetMetaName);
  if (!sheet) return { errors: [fileError("no_header")] };
  const found = findColumns(sheet);
  if (Array.isArray(found)) return { errors: found };
  return readRows(sheet, found, scale, meta);
}

function readRows(
  sheet: ExcelJS.Worksheet,
  { headerRow, columns }: { headerRow: number; columns: Map<ScoreSheetColumn, number> },
  scale: ScoreSheetScale,
  meta: Meta,
): ReadScoreSheetResult {
  const nodes = new Map(scale.nodes.map((node) => [node.id, node]));
  const seen = new Set<string>();
  const errors: ScoreSheetError[] = [];
  const entries = new Map<string, LeafEntry>();
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (column: ScoreSheetColumn) => row.getCell(columns.get(column) ?? 0);
    const id = cellText(cell("node"));
    const blank = [...columns.values()].every((c) => cellText(row.getCell(c)) === "");
    if (blank) continue;
    const node = nodes.get(id);
    const stt = cellText(cell("stt"));
    if (!node) {
      errors.push(at(r, "unknown_row", { stt }));
      continue;
    }
    if (seen.has(id)) {
      errors.push({ ...at(r, "duplicate_row", { stt }), nodeId: id });
      continue;
    }
    seen.add(id);
    // The bloc decided this leaf does not apply to the unit: it takes no figures.
    if (meta.unassigned.has(id)) {
      const inputs = scoreSheetColumnOrder.filter((column) => scoreSheetColumns[column].input);
      if (inputs.some((column) => cellText(cell(column)) !== ""))
        errors.push({ ...at(r, "unassigned_filled", { stt }), nodeId: id });
      entries.set(id, { leafId: id, assigned: false });
      continue;
    }
    const read = readScoreSheetLeaf(node, { row: r, cell }, meta.bound.get(id));
    errors.push(...read.errors);
    if (read.entry) entries.set(id, read.entry);
  }
  for (const node of scale.nodes)
    if (!seen.has(node.id))
      errors.push({ ...fileError("missing_row", { stt: node.code, title: node.title }), nodeId: node.id });
  if (errors.length > 0) return { errors };
  return { entries: scale.nodes.flatMap((node) => entries.get(node.id) ?? []) };
}
