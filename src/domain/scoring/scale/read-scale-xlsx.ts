import type ExcelJS from "exceljs";
import { loadExcelJs } from "../../files/load-on-first-use.js";
import { cellFlag, cellNumber, cellText } from "./cell-text.js";
import { matchScaleHeader, scaleColumns, type ScaleColumn } from "./scale-columns.js";
import type { ScaleFile, ScaleFileNode } from "./scale-file-schema.js";
import type { ScaleProblem } from "./scale-file-error.js";
import { isBulletStt, sttLevel } from "./stt-level.js";
import { foldText } from "./fold-text.js";

// Row problems come with the file read so far, so that the tree rules can name the other rows too.
export type ReadScaleResult = { file: ScaleFile | null; problems: ScaleProblem[] };
type Columns = Partial<Record<ScaleColumn, number>>;

// The header is the first row, among the first 20, with an STT cell; a title may stand above it.
function findHeader(sheet: ExcelJS.Worksheet): number | null {
  for (let r = 1; r <= Math.min(20, sheet.rowCount); r++) {
    const row = sheet.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      const match = matchScaleHeader(cellText(row.getCell(c)));
      if (match && "column" in match && match.column === "stt") return r;
    }
  }
  return null;
}

function readColumns(row: ExcelJS.Row, problems: ScaleProblem[]): Columns {
  const columns: Columns = {};
  for (let c = 1; c <= row.cellCount; c++) {
    const text = cellText(row.getCell(c));
    if (!text) continue;
    const match = matchScaleHeader(text);
    if (!match) problems.push({ code: "scale.problem_unknown_column", params: { column: text, row: row.number } });
    else if ("column" in match && columns[match.column] !== undefined)
      problems.push({ code: "scale.problem_duplicate_column", params: { column: text } });
    else if ("column" in match) columns[match.column] = c;
  }
  for (const [key, spec] of Object.entries(scaleColumns))
    if (spec.required && columns[key as ScaleColumn] === undefined)
      problems.push({ code: "scale.problem_missing_column", params: { column: spec.header } });
  return columns;
}

type Open = { level: number; node: ScaleFileNode };

function readRow(row: ExcelJS.Row, columns: Columns, problems: ScaleProblem[]): ScaleFileNode {
  const at = { stt: cellText(row.getCell(columns.stt!)), row: row.number };
  const text = (key: ScaleColumn) => (columns[key] ? cellText(row.getCell(columns[key])) : "");
  const number = (key: ScaleColumn) => {
    if (!columns[key]) return undefined;
    const value = cellNumber(row.getCell(columns[key]));
    if (value !== "bad") return value;
    problems.push({
      code: "scale.problem_bad_number",
      params: { column: scaleColumns[key].header, value: text(key) },
      at,
    });
    return undefined;
  };
  const kind = text("kind");
  const bonus = ["thuong", "diem thuong", "bonus"].includes(foldText(kind));
  const late = number("late");
  const missing = number("missing");
  return {
    code: at.stt,
    title: text("title") || undefined,
    max: number("max"),
    kind: bonus || !kind ? undefined : kind,
    min: number("min"),
    points: number("points"),
    evidence: text("evidence") || undefined,
    reporting: late !== undefined || missing !== undefined ? { late: late ?? 0, missing: missing ?? 0 } : undefined,
    bonus: bonus || undefined,
    optional: columns.optional ? cellFlag(row.getCell(columns.optional)) || undefined : undefined,
    row: row.number,
  };
}

// Rows become a tree by their STT level; a "Tổng cộng" row (no STT) gives the total the sections must add up to.
function buildTree(sheet: ExcelJS.Worksheet, header: number, columns: Columns, problems: ScaleProblem[]) {
  const roots: ScaleFileNode[] = [];
  const stack: Open[] = [];
  let totalMax: number | undefined;
  for (let r = header + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const stt = cellText(row.getCell(columns.stt!));
    const title = cellText(row.getCell(columns.title!));
    if (!stt && !title) continue;
    if (!stt && /^(tong|total)/.test(foldText(title))) {
      const total = cellNumber(row.getCell(columns.max!));
      totalMax = typeof total === "number" ? total : undefined;
      continue;
    }
    const node = readRow(row, columns, problems);
    if (!stt) {
      problems.push({ code: "scale.problem_missing_stt", at: { stt: "?", row: r } });
      continue;
    }
    const level = sttLevel(stt);
    while (stack.length > 0 && stack.at(-1)!.level >= level) stack.pop();
    const parent = stack.at(-1)?.node;
    if (level > 1 && !parent) {
      problems.push({ code: "scale.problem_no_parent", at: { stt, row: r } });
      continue;
    }
    const siblings = parent ? (parent.children ??= []) : roots;
    if (isBulletStt(stt)) node.code = String(siblings.length + 1);
    siblings.push(node);
    stack.push({ level, node });
  }
  return { roots, totalMax };
}

export async function readScaleXlsx(bytes: Uint8Array): Promise<ReadScaleResult> {
  const workbook = new (loadExcelJs().Workbook)();
  try {
    await workbook.xlsx.load(bytes as never);
  } catch {
    return { file: null, problems: [{ code: "scale.problem_unreadable_xlsx" }] };
  }
  const sheet = workbook.worksheets[0];
  const header = sheet ? findHeader(sheet) : null;
  if (!sheet || header === null) return { file: null, problems: [{ code: "scale.problem_no_header" }] };
  const problems: ScaleProblem[] = [];
  const columns = readColumns(sheet.getRow(header), problems);
  if (problems.length > 0) return { file: null, problems };
  const { roots, totalMax } = buildTree(sheet, header, columns, problems);
  let title: string | undefined;
  for (let r = 1; r < header && !title; r++) title = cellText(sheet.getRow(r).getCell(1)) || undefined;
  return { file: { title: title ?? sheet.name, totalMax, criteria: roots }, problems };
}
