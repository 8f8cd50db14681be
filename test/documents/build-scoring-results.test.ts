import ExcelJS from "exceljs";
import JSZip from "jszip";
import mammoth from "mammoth";
import { describe, expect, test } from "vitest";
import { buildScoresChartPng, scoresBarColour, scoresChartLayout } from "../../src/documents/build-scores-chart-png.js";
import { buildScoringResultsDocx } from "../../src/documents/build-scoring-results-docx.js";
import { buildScoringResultsXlsx } from "../../src/documents/build-scoring-results-xlsx.js";
import { readPng } from "./fixtures/read-png.js";
import { sampleScoringResults } from "./fixtures/sample-scoring-results.js";
import { strictTranslate } from "./fixtures/strict-translate.js";
import { columnWidthPt } from "../../src/documents/xlsx-layout.js";

const vi = strictTranslate("vi");
const values = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value);

async function readWorkbook(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe("buildScoringResultsXlsx", () => {
  test("a summary sheet of totals, ranks and bands, provisional said, then one sheet per section", async () => {
    const workbook = await readWorkbook(await buildScoringResultsXlsx(sampleScoringResults(), vi));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tổng hợp",
      "Mục I",
      "Mục II",
      "Mục III",
      "Mục IV",
    ]);
    const summary = workbook.worksheets[0]!;
    expect(summary.getCell("A1").value).toBe("KHỐI THI ĐUA CÁC SỞ, NGÀNH\nTỈNH KIÊN GIANG");
    expect(summary.getCell("A2").value).toBe("SỞ Y TẾ");
    expect(summary.getCell("A3").value).toBe("Số: ……/BC-KSN");
    expect(summary.getCell("D1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(summary.getCell("D3").value).toBe("Kiên Giang, ngày 20 tháng 12 năm 2026");
    expect(summary.getCell("A5").value).toBe("BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA");
    expect(summary.getCell("A7").value).toMatch(/^KẾT QUẢ TẠM TÍNH: còn 1 đơn vị chưa gửi phiếu/);
    expect(values(summary, 9, 8)).toEqual([
      ...["STT", "Đơn vị", "Tổng điểm", "Điểm thưởng", "Điểm được giao", "Tỷ lệ (%)", "Xếp hạng", "Xếp loại"],
    ]);
    expect(values(summary, 10, 8)).toEqual([
      1,
      "Sở Giáo dục và Đào tạo",
      76.5,
      1,
      100,
      76.5,
      1,
      "Hoàn thành tốt nhiệm vụ",
    ]);
    expect(values(summary, 11, 8)).toEqual([2, "Sở Y tế", 73.5, 1, 100, 73.5, 2, "Không xếp loại"]);
    expect(values(summary, 12, 8)).toEqual([3, "Sở Nội vụ", 61.5, 1, 100, 61.5, 3, "Không xếp loại"]);
    // No sheet yet: only the reporting-bound leaf counts (5 points, nothing late), and the band says so.
    expect(values(summary, 13, 8)).toEqual([4, "Sở Tài chính", 5, 0, 100, 5, 4, "chưa gửi phiếu"]);
    // The shared footer: recipients, and the leader unit's signatory signing for the bloc.
    expect(summary.getCell("A16").value).toBe("Nơi nhận:");
    expect(summary.getCell("D16").value).toBe("TM. KHỐI THI ĐUA CÁC SỞ, NGÀNH");
    expect(summary.getCell("D21").value).toBe("Nguyễn Văn An");
    expect(summary.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "9:9" });
    expect(summary.getColumn(2).width).toBeGreaterThan(30);
    // One A4 landscape page wide at 100 % (the shared layout never shrinks the print).
    for (const sheet of workbook.worksheets)
      expect(sheet.columns.reduce((sum, c) => sum + columnWidthPt(c.width ?? 0), 0)).toBeLessThanOrEqual(700);
    const section = workbook.getWorksheet("Mục I")!;
    expect(section.getCell("A1").value).toBe("I. Thực hiện nhiệm vụ chuyên môn (tối đa 60 điểm)");
    expect(values(section, 4, 5)).toEqual(["STT", "Đơn vị", "Tự chấm", "Khối chấm", "Kết quả"]);
    // Sở Y tế gave itself 15 on I.2, the review made it 10; Sở GD&ĐT 12, and the final figure is 13.
    expect(values(section, 5, 5)).toEqual([1, "Sở Giáo dục và Đào tạo", 34.5, 34.5, 35.5]);
    expect(values(section, 6, 5)).toEqual([2, "Sở Y tế", 37.5, 32.5, 32.5]);
    expect(values(section, 8, 5)).toEqual([4, "Sở Tài chính", null, null, null]);
    expect(section.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", printTitlesRow: "4:4" });
    for (const sheet of workbook.worksheets)
      sheet.eachRow((row) => row.eachCell((cell) => expect(cell.font?.size ?? 11).toBeGreaterThanOrEqual(11)));
  });

  test("once every sheet is in, the results are final and the bands show", async () => {
    const workbook = await readWorkbook(await buildScoringResultsXlsx(sampleScoringResults({ allIn: true }), vi));
    const summary = workbook.worksheets[0]!;
    expect(summary.getCell("A7").value).toBe("Kết quả chính thức.");
    expect(values(summary, 10, 8)).toEqual([1, "Sở Tài chính", 77.5, 1, 100, 77.5, 1, "Hoàn thành tốt nhiệm vụ"]);
  });
});

describe("buildScoringResultsDocx", () => {
  test("the administrative layout: header and motto, date line, bold title, Times New Roman, A4 landscape", async () => {
    const bytes = await buildScoringResultsDocx(sampleScoringResults(), vi);
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file("word/document.xml")!.async("string");
    const styles = await zip.file("word/styles.xml")!.async("string");
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(documentXml).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(documentXml).toMatch(/<w:b\/>[^]*?BẢNG TỔNG HỢP KẾT QUẢ CHẤM ĐIỂM THI ĐUA/);
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    for (const expected of [
      "KHỐI THI ĐUA CÁC SỞ, NGÀNH\n\nTỈNH KIÊN GIANG",
      "Số: ……/BC-KSN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Kiên Giang, ngày 20 tháng 12 năm 2026",
      "Năm 2026",
      "Sở Giáo dục và Đào tạo\n\n76,5\n\n1\n\n100\n\n76,5\n\n1",
      "I. Thực hiện nhiệm vụ chuyên môn (tối đa 60 điểm)",
      "Sở Y tế\n\n37,5\n\n32,5\n\n32,5",
      "TM. KHỐI THI ĐUA CÁC SỞ, NGÀNH",
      "Nguyễn Văn An",
    ])
      expect(text).toContain(expected);
  });
});

describe("buildScoresChartPng", () => {
  test("a PNG with one bar per unit, best first, as long as its points", async () => {
    const report = sampleScoringResults();
    const png = readPng(await buildScoresChartPng(report, vi));
    expect(png.width).toBe(scoresChartLayout.width);
    expect(png.height).toBe(scoresChartLayout.top + scoresChartLayout.rowHeight * 4 + 16);
    const { plotLeft, plotRight, top, rowHeight } = scoresChartLayout;
    const bar = [0x2e, 0x75, 0xb6, 255];
    expect(scoresBarColour).toBe("#2E75B6");
    const middle = (i: number) => top + rowHeight * i + 18;
    // 76.5 of 100 points: the bar ends three quarters of the way.
    const end = plotLeft + Math.round((plotRight - plotLeft) * 0.765);
    expect(png.pixel(end - 3, middle(0))).toEqual(bar);
    expect(png.pixel(end + 3, middle(0))).not.toEqual(bar);
    // The unit with no sheet: its 5 reporting points so far.
    const short = plotLeft + Math.round((plotRight - plotLeft) * 0.05);
    expect(png.pixel(short - 3, middle(3))).toEqual(bar);
    expect(png.pixel(short + 3, middle(3))).not.toEqual(bar);
  });
});
