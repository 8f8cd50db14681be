import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { convertWithSoffice, soffice } from "./fixtures/render-pdf.js";
import { beforeAll, describe, expect, test } from "vitest";
import { prefillReportingEntries } from "../../src/domain/scoring/calculate/prefill-reporting-entries.js";
import { buildScoringResultsDocx } from "../../src/documents/build-scoring-results-docx.js";
import { buildScoringResultsXlsx } from "../../src/documents/build-scoring-results-xlsx.js";
import { buildUnitScoreSheetXlsx } from "../../src/documents/build-unit-score-sheet-xlsx.js";
import { readUnitScoreSheetXlsx } from "../../src/documents/read-unit-score-sheet-xlsx.js";
import { expectedEntries, fillScoreSheet } from "./fixtures/filled-score-sheet.js";
import { sampleScoreScale } from "./fixtures/sample-score-scale.js";
import { sampleScoringResults } from "./fixtures/sample-scoring-results.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const t = strictTranslate("vi");

// LibreOffice is not a project dependency; when a machine has it, these tests prove the review files open in a
// second office suite, and that a sheet saved again by it still reads back.

describe.skipIf(soffice === null)("LibreOffice opens the review files", () => {
  let dir = "";
  beforeAll(() => {
    const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
    mkdirSync(root, { recursive: true });
    dir = mkdtempSync(path.join(root, "soffice-scoring-"));
  });

  const convert = (file: string, format: string, outDir: string) =>
    convertWithSoffice(file, format, outDir, path.join(dir, "profile"));
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  test(
    "the results .docx converts to PDF and to text with the header, title and rows",
    { timeout: 240_000 },
    async () => {
      const docx = write("results.docx", await buildScoringResultsDocx(sampleScoringResults(), t));
      const pdf = await convert(docx, "pdf", path.join(dir, "docx-pdf"));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const text = readFileSync(await convert(docx, "txt:Text (encoded):UTF8", path.join(dir, "docx-txt")), "utf8");
      for (const expected of [
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Kiên Giang, ngày 20 tháng 12 năm 2026",
        "BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA",
        "Sở Giáo dục và Đào tạo\n76,5",
      ])
        expect(text).toContain(expected);
    },
  );

  test("the results .xlsx converts to PDF and its summary to CSV", { timeout: 240_000 }, async () => {
    const xlsx = write("results.xlsx", await buildScoringResultsXlsx(sampleScoringResults(), t));
    const pdf = await convert(xlsx, "pdf", path.join(dir, "xlsx-pdf"));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const csv = readFileSync(
      await convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", path.join(dir, "xlsx-csv")),
      "utf8",
    );
    expect(csv).toContain("1,Sở Giáo dục và Đào tạo,76.5,1,100,76.5,1,Hoàn thành tốt nhiệm vụ");
  });

  test("a unit's sheet filled in and saved again by LibreOffice reads back", { timeout: 240_000 }, async () => {
    const scale = sampleScoreScale();
    const sheetBytes = await buildUnitScoreSheetXlsx({
      scale,
      unit: { code: "SYT", name: "Sở Y tế" },
      bloc: { name: "Khối các sở, ngành" },
      year: 2026,
      date: new Date("2026-12-01T02:00:00Z"),
      entries: prefillReportingEntries(scale.nodes, { late: 2, missing: 1 }),
      t,
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(sheetBytes as unknown as ArrayBuffer);
    fillScoreSheet(workbook.worksheets[0]!);
    const file = write("sheet.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    const resaved = readFileSync(await convert(file, "xlsx:Calc MS Excel 2007 XML", path.join(dir, "resaved")));
    const result = await readUnitScoreSheetXlsx(resaved, { scale, unitCode: "SYT" });
    expect(result).toEqual({ entries: expectedEntries });
  });
});
