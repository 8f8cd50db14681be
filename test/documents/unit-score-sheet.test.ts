import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { prefillReportingEntries } from "../../src/domain/scoring/calculate/prefill-reporting-entries.js";
import { buildUnitScoreSheetXlsx } from "../../src/documents/build-unit-score-sheet-xlsx.js";
import { readUnitScoreSheetXlsx } from "../../src/documents/read-unit-score-sheet-xlsx.js";
import { expectedEntries, fillScoreSheet, locate } from "./fixtures/filled-score-sheet.js";
import { sampleScoreScale } from "./fixtures/sample-score-scale.js";
import { strictTranslate } from "./fixtures/strict-translate.js";
import { columnWidthPt } from "../../src/documents/xlsx-layout.js";

const t = strictTranslate("vi");
const scale = sampleScoreScale();
const unit = { code: "SYT", name: "Sở Y tế" };
// II.3 is bound to the reporting record: 2 late, 1 missing → 5 − 1 − 1 = 3.
const prefilled = prefillReportingEntries(scale.nodes, { late: 2, missing: 1 });

const buildSheet = () =>
  buildUnitScoreSheetXlsx({
    scale,
    unit,
    bloc: { name: "Khối các sở, ngành" },
    year: 2026,
    date: new Date("2026-12-01T02:00:00Z"),
    entries: prefilled,
    t,
  });

async function load(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}
const save = async (workbook: ExcelJS.Workbook) => Buffer.from(await workbook.xlsx.writeBuffer());

async function filledSheet(change?: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = await load(await buildSheet());
  const sheet = workbook.worksheets[0]!;
  fillScoreSheet(sheet);
  change?.(sheet);
  return save(workbook);
}

// Moves a column (header and cells) to the far right, as dragging it in Excel would.
function moveColumnToEnd(sheet: ExcelJS.Worksheet, title: string) {
  const from = locate(sheet).column(title);
  const to = sheet.getRow(5).cellCount + 1;
  for (let r = 5; r <= sheet.rowCount; r++) {
    sheet.getCell(r, to).value = sheet.getCell(r, from).value;
    sheet.getCell(r, from).value = null;
  }
  sheet.spliceColumns(from, 1);
}

describe("the unit's score sheet", () => {
  test("has one row per node, the bound leaf pre-filled and locked, the input cells open, A4 landscape", async () => {
    const workbook = await load(await buildSheet());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("PHIẾU TỰ CHẤM ĐIỂM THI ĐUA NĂM 2026");
    expect(sheet.getRow(5).values).toEqual([
      undefined,
      ...["STT", "Tiêu chí", "Điểm tối đa", "Loại", "Minh chứng", "Đạt (x)", "Điểm", "Số lần", "Kết quả"],
      ...["Chỉ tiêu", "Ghi chú", "_node"],
    ]);
    expect(sheet.rowCount).toBe(5 + scale.nodes.length);
    const { cell, column } = locate(sheet);
    expect(cell("II.3", "Điểm").value).toBe(3);
    expect(cell("II.3", "Điểm").protection?.locked).not.toBe(false);
    expect(cell("I.2", "Điểm").protection?.locked).toBe(false);
    expect(cell("II.2", "Đạt (x)").protection?.locked).toBe(false);
    expect(cell("II.2", "Điểm").protection?.locked).not.toBe(false);
    expect(cell("I", "Loại").value).toBe("Mục");
    expect(sheet.getColumn(column("_node")).hidden).toBe(true);
    expect((sheet as unknown as { sheetProtection?: { sheet: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "5:5" });
    expect(cell("I.2", "Tiêu chí").font?.size).toBeGreaterThanOrEqual(11);
    expect(workbook.getWorksheet("_khoi")?.state).toBe("hidden");
    // One A4 landscape page wide at 100 % (the shared layout never shrinks the print).
    expect(sheet.columns.reduce((sum, c) => sum + columnWidthPt(c.width ?? 0), 0)).toBeLessThanOrEqual(700);
  });

  test("filled in with two columns moved, it reads back as exactly the unit's entries", async () => {
    const bytes = await filledSheet((sheet) => {
      moveColumnToEnd(sheet, "Điểm");
      moveColumnToEnd(sheet, "STT");
    });
    const moved = (await load(bytes)).worksheets[0]!;
    expect(moved.getCell(5, 1).value).toBe("Tiêu chí");
    expect(await readUnitScoreSheetXlsx(bytes, { scale, unitCode: "SYT" })).toEqual({ entries: expectedEntries });
  });
});

describe("a returned sheet with bad cells is refused as a whole, each problem named", () => {
  const errorsOf = async (change: (sheet: ExcelJS.Worksheet) => void, options = { scale, unitCode: "SYT" }) => {
    const result = await readUnitScoreSheetXlsx(await filledSheet(change), options);
    expect(result).not.toHaveProperty("entries");
    return "errors" in result ? result.errors : [];
  };
  const brief = (errors: Awaited<ReturnType<typeof errorsOf>>) =>
    errors.map(({ row, code, params }) => ({ row, code, stt: params.stt ?? params.leaf }));

  test("over the maximum, negative, not a number, a flag that is not x, a figure in another kind's column", async () => {
    let rows: Record<string, number> = {};
    const errors = await errorsOf((sheet) => {
      const { cell, rowOf } = locate(sheet);
      rows = Object.fromEntries(["I.2", "II.1", "III.2", "II.2", "II.4", "III.1"].map((id) => [id, rowOf(id)]));
      cell("I.2", "Điểm").value = 20;
      cell("II.1", "Điểm").value = -1;
      cell("III.2", "Số lần").value = "bốn";
      cell("II.2", "Đạt (x)").value = "đạt rồi";
      cell("II.4", "Điểm").value = 5;
      cell("III.1", "Số lần").value = 1.5;
    });
    expect(brief(errors)).toEqual([
      { row: rows["I.2"], code: "over_max", stt: "2" },
      { row: rows["II.1"], code: "negative", stt: "1" },
      { row: rows["II.2"], code: "bad_flag", stt: "2" },
      { row: rows["II.4"], code: "wrong_column", stt: "4" },
      { row: rows["III.1"], code: "wrong_column", stt: "1" },
      { row: rows["III.2"], code: "not_a_number", stt: "2" },
    ]);
    expect(errors[0]).toMatchObject({ key: "scoring.error_over_max", params: { max: 15 } });
    const message = t(errors[5]!.key, errors[5]!.params);
    expect(t("scoring.sheet_error_at_row", { row: errors[5]!.row!, message })).toBe(
      `Dòng ${rows["III.2"]}: STT 2: ô «Số lần» ghi «bốn», không phải là số. Hãy nhập một số, ví dụ 7,5.`,
    );
  });

  test("a changed pre-filled leaf, an unknown row, a repeated row and a deleted row", async () => {
    let bound = 0;
    let last = 0;
    const errors = await errorsOf((sheet) => {
      const { cell, rowOf, column } = locate(sheet);
      bound = rowOf("II.3");
      cell("II.3", "Điểm").value = 5;
      sheet.spliceRows(rowOf("III.2"), 1);
      last = sheet.rowCount + 1;
      sheet.getCell(last, column("STT")).value = "9";
      sheet.getCell(last, column("_node")).value = "II.9";
      sheet.getCell(last + 1, column("STT")).value = "1";
      sheet.getCell(last + 1, column("_node")).value = "I.2";
    });
    expect(brief(errors)).toEqual([
      { row: bound, code: "bound_changed", stt: "3" },
      { row: last, code: "unknown_row", stt: "9" },
      { row: last + 1, code: "duplicate_row", stt: "1" },
      { row: null, code: "missing_row", stt: "2" },
    ]);
    expect(errors[0]!.params).toMatchObject({ value: "5", expected: 3 });
  });

  test("a renamed column is named, and so is the required column it replaced", async () => {
    const errors = await errorsOf((sheet) => {
      locate(sheet);
      sheet.getCell(5, locate(sheet).column("Điểm")).value = "Điểm tự chấm";
    });
    expect(errors.map(({ code, params }) => [code, params.column])).toEqual([
      ["unknown_column", "Điểm tự chấm"],
      ["missing_column", "Điểm"],
    ]);
  });

  test("the sheet of another unit, of another scale version, or a file that is not a sheet", async () => {
    expect(await errorsOf(() => {}, { scale, unitCode: "SGD" })).toEqual([
      expect.objectContaining({
        code: "other_unit",
        key: "scoring.sheet_error_other_unit",
        params: { unit: "SYT", expected: "SGD" },
      }),
    ]);
    expect(await errorsOf(() => {}, { scale: sampleScoreScale(2), unitCode: "SYT" })).toEqual([
      expect.objectContaining({ code: "other_scale", params: { version: 1, expected: 2 } }),
    ]);
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet("Sheet1").addRow(["STT", "Tiêu chí"]);
    expect(await readUnitScoreSheetXlsx(await save(plain), { scale, unitCode: "SYT" })).toEqual({
      errors: [expect.objectContaining({ code: "not_a_score_sheet" })],
    });
    expect(await readUnitScoreSheetXlsx(Buffer.from("not a zip"), { scale, unitCode: "SYT" })).toEqual({
      errors: [expect.objectContaining({ code: "unreadable" })],
    });
  });
});

describe("a leaf the bloc did not assign to the unit", () => {
  const build = () =>
    buildUnitScoreSheetXlsx({
      scale,
      unit,
      bloc: { name: "Khối các sở, ngành" },
      year: 2026,
      date: new Date("2026-12-01T02:00:00Z"),
      entries: [...prefilled, { leafId: "II.4", assigned: false }],
      t,
    });
  const fill = async (change: (sheet: ExcelJS.Worksheet) => void = () => {}) => {
    const workbook = await load(await build());
    fillScoreSheet(workbook.worksheets[0]!);
    change(workbook.worksheets[0]!);
    return readUnitScoreSheetXlsx(await save(workbook), { scale, unitCode: "SYT" });
  };

  test("is locked and said so, and reads back as not assigned", async () => {
    const sheet = (await load(await build())).worksheets[0]!;
    expect(locate(sheet).cell("II.4", "Ghi chú").value).toBe("Không giao cho đơn vị");
    expect(locate(sheet).cell("II.4", "Đạt (x)").protection?.locked).not.toBe(false);
    expect(await fill()).toEqual({
      entries: expectedEntries.map((entry) => (entry.leafId === "II.4" ? { leafId: "II.4", assigned: false } : entry)),
    });
  });

  test("takes no figures", async () => {
    let row = 0;
    const result = await fill((sheet) => {
      row = locate(sheet).rowOf("II.4");
      locate(sheet).cell("II.4", "Đạt (x)").value = "x";
    });
    expect(result).toEqual({
      errors: [
        expect.objectContaining({ row, code: "unassigned_filled", key: "scoring.sheet_error_unassigned_filled" }),
      ],
    });
  });
});
