import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import {
  buildComplianceChart,
  chartHeight,
  complianceBarColour,
  complianceChartLayout,
  complianceChartSvg,
} from "../../src/documents/build-compliance-chart.js";
import { buildComplianceXlsx } from "../../src/documents/build-compliance-xlsx.js";
import { complianceRateLabel } from "../../src/documents/compose-compliance-text.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { readPng } from "./fixtures/read-png.js";
import { sampleComplianceReport } from "./fixtures/sample-compliance.js";

const translator = createTranslator({ fallbackLocale: "vi" });
const vi = translator.forLocale("vi");
const en = translator.forLocale("en");

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

const values = (sheet: ExcelJS.Worksheet, row: number, columns: number) =>
  Array.from({ length: columns }, (_, i) => sheet.getCell(row, i + 1).value);
const fill = (cell: ExcelJS.Cell) => (cell.fill as ExcelJS.FillPattern | undefined)?.fgColor?.argb;

describe("buildComplianceXlsx", () => {
  test("the summary sheet has the administrative header and one row of counts and on-time rate per unit", async () => {
    const workbook = await readWorkbook(await buildComplianceXlsx(sampleComplianceReport(), vi));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Tổng hợp",
      "Báo cáo công tác thi đua, khen",
      "Báo cáo quý",
    ]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell("A1").value).toBe("KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG");
    expect(sheet.getCell("C1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.getCell("C2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(sheet.getCell("C3").value).toBe("Kiên Giang, ngày 10 tháng 4 năm 2026");
    expect(sheet.getCell("A5").value).toBe("TÌNH HÌNH THỰC HIỆN CHẾ ĐỘ BÁO CÁO");
    expect(sheet.getCell("A6").value).toBe("Năm 2026");
    // 03:30 UTC is 10:30 in Vietnam.
    expect(sheet.getCell("A7").value).toBe("Số liệu tính đến 10:30 ngày 10/04/2026");
    expect(values(sheet, 9, 7)).toEqual([
      "STT",
      "Đơn vị",
      "Số kỳ đến hạn",
      "Đúng hạn",
      "Trễ hạn",
      "Chưa nộp",
      "Tỷ lệ đúng hạn",
    ]);
    expect(values(sheet, 10, 6)).toEqual([1, "Sở Văn hóa, Thể thao và Du lịch", 3, 3, 0, 0]);
    expect(values(sheet, 11, 6)).toEqual([2, "Sở Giáo dục và Đào tạo", 3, 2, 1, 0]);
    expect(values(sheet, 12, 6)).toEqual([3, "Sở Y tế", 3, 1, 0, 2]);
    expect(values(sheet, 14, 6)).toEqual([5, "Sở Nội vụ", 0, 0, 0, 0]);
    expect(values(sheet, 16, 6)).toEqual([7, "Sở Khoa học và Công nghệ", 3, 0, 0, 3]);
    const rates = [10, 11, 12, 13, 14, 15, 16].map((row) => sheet.getCell(row, 7).value);
    expect(rates[0]).toBe(1);
    expect(rates[1]).toBeCloseTo(2 / 3, 5);
    expect(rates[2]).toBeCloseTo(1 / 3, 5);
    expect(rates.slice(3)).toEqual([1, "—", 0.5, 0]);
    expect(sheet.getCell("G11").numFmt).toBe("0.0%");
    // The whole bloc: 8 of 15 due periods on time; it stays out of the filter so sorting keeps it last.
    expect(values(sheet, 17, 6)).toEqual([null, "Toàn Khối", 15, 8, 1, 6]);
    expect(sheet.getCell("G17").value).toBeCloseTo(8 / 15, 5);
    expect(sheet.getCell("B17").font.bold).toBe(true);
    expect(sheet.autoFilter).toBe("A9:G16");
    expect(String(sheet.getCell("A19").value)).toContain("Tỷ lệ đúng hạn = số kỳ nộp đúng hạn / số kỳ đã đến hạn");
    expect(sheet.getCell("B10").font.name).toBe("Times New Roman");
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  test("each obligation sheet shows every unit against every period, coloured by status, with receipt and time", async () => {
    const workbook = await readWorkbook(await buildComplianceXlsx(sampleComplianceReport(), vi));
    const monthly = workbook.worksheets[1]!;
    expect(monthly.getCell("A1").value).toBe("BÁO CÁO CÔNG TÁC THI ĐUA, KHEN THƯỞNG HẰNG THÁNG");
    expect(monthly.getCell("A2").value).toBe("Năm 2026 - số liệu tính đến 10:30 ngày 10/04/2026");
    expect(values(monthly, 4, 5)).toEqual([
      "STT",
      "Đơn vị",
      "Tháng 01/2026\nHạn 10/02/2026",
      "Tháng 02/2026\nHạn 10/03/2026",
      "Tháng 03/2026\nHạn 15/04/2026",
    ]);
    // Sent at 17:30 UTC on 09/02: already 10/02 00:30 in Vietnam, on the due day.
    expect(values(monthly, 5, 5)).toEqual([
      1,
      "Sở Văn hóa, Thể thao và Du lịch",
      "Đúng hạn\nSố BC-2026-0001\nNộp 10/02/2026 00:30",
      "Đúng hạn\nSố BC-2026-0005\nNộp 09/03/2026 08:15",
      "Chưa đến hạn",
    ]);
    expect(monthly.getCell("D6").value).toBe("Trễ 2 ngày\nSố BC-2026-0006\nNộp 12/03/2026 08:15");
    expect(values(monthly, 7, 5).slice(2)).toEqual([
      "Đúng hạn\nSố BC-2026-0003\nNộp 09/02/2026 08:15",
      "Chưa nộp",
      "Chưa đến hạn",
    ]);
    expect(values(monthly, 8, 5)).toEqual([4, "Ban Dân tộc", "—", "—", "—"]);
    expect(values(monthly, 9, 5).slice(2)).toEqual(["—", "—", "Chưa đến hạn"]);
    expect(values(monthly, 11, 5).slice(2)).toEqual(["Chưa nộp", "Chưa nộp", "Chưa đến hạn"]);
    expect(fill(monthly.getCell("C5"))).toBe("FFC6EFCE");
    expect(fill(monthly.getCell("D6"))).toBe("FFFFEB9C");
    expect(fill(monthly.getCell("D7"))).toBe("FFFFC7CE");
    expect(fill(monthly.getCell("C8"))).toBe("FFF2F2F2");
    expect(fill(monthly.getCell("E5"))).toBeUndefined();
    expect(monthly.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 4 });
    expect(String(monthly.getCell("A13").value)).toMatch(/^Ghi chú:/);
    expect(monthly.pageSetup.orientation).toBe("landscape");

    const quarterly = workbook.worksheets[2]!;
    expect(values(quarterly, 4, 3)).toEqual(["STT", "Đơn vị", "Quý I/2026\nHạn 06/04/2026"]);
    expect([5, 6, 7, 8, 9, 10, 11].map((row) => String(quarterly.getCell(row, 3).value).split("\n")[0])).toEqual([
      "Đúng hạn",
      "Đúng hạn",
      "Chưa nộp",
      "Đúng hạn",
      "—",
      "—",
      "Chưa nộp",
    ]);
  });

  test("English comes from the same keys", async () => {
    const workbook = await readWorkbook(await buildComplianceXlsx(sampleComplianceReport(), en));
    expect(workbook.worksheets[0]!.name).toBe("Summary");
    expect(workbook.worksheets[0]!.getCell("A5").value).toBe("REPORTING COMPLIANCE");
    expect(workbook.worksheets[1]!.getCell("D6").value).toBe("2 days late\nNo. BC-2026-0006\nSent 12/03/2026 08:15");
    expect(workbook.worksheets[1]!.getCell("E5").value).toBe("Not due yet");
  });

  test("sheet names stay within 31 characters, legal and unique, and an obligation without periods says so", async () => {
    const long = "Báo cáo kết quả thực hiện phong trào thi đua yêu nước";
    const report = sampleComplianceReport();
    report.obligations = [
      { id: "a", name: long, periods: report.obligations[0]!.periods },
      { id: "b", name: long, periods: [] },
      { id: "c", name: "tổng hợp", periods: [] },
      { id: "d", name: "'Báo cáo 6/2026 [đột xuất]?'", periods: [] },
    ];
    const workbook = await readWorkbook(await buildComplianceXlsx(report, vi));
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual([
      "Tổng hợp",
      long.slice(0, 31).trim(),
      `${long.slice(0, 27).trim()} (2)`,
      "tổng hợp (2)",
      "Báo cáo 6 2026  đột xuất",
    ]);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
    const empty = workbook.worksheets[2]!;
    expect(values(empty, 4, 2)).toEqual(["STT", "Đơn vị"]);
    expect(empty.getCell("A5").value).toBe(1);
    expect(empty.getCell("A12").value).toBe("Chưa có kỳ báo cáo nào trong năm.");
  });
});

describe("complianceRateLabel", () => {
  test("one decimal only when needed, with the locale's decimal separator", () => {
    expect([1, 2 / 3, 0.5, 0, 0.9996, null].map((rate) => complianceRateLabel(rate, vi))).toEqual([
      "100%",
      "66,7%",
      "50%",
      "0%",
      "100%",
      "—",
    ]);
    expect(complianceRateLabel(1 / 3, en)).toBe("33.3%");
  });
});

describe("buildComplianceChart", () => {
  const { top, rowHeight, labelRight, plotLeft, plotRight } = complianceChartLayout;
  const bar = [1, 3, 5].map((at) => parseInt(complianceBarColour.slice(at, at + 2), 16));
  const isBar = (pixel: number[]) => bar.every((channel, i) => Math.abs(channel - pixel[i]!) < 12);

  test("is a 1200-pixel-wide PNG, 36 pixels per unit, on white", async () => {
    const png = readPng(await buildComplianceChart(sampleComplianceReport(), vi));
    expect(png.width).toBe(1200);
    expect(png.height).toBe(80 + 36 * 7);
    expect(png.height).toBe(chartHeight(7));
    expect(png.pixel(0, 0)).toEqual([255, 255, 255, 255]);
    expect(png.pixel(1199, png.height - 1)).toEqual([255, 255, 255, 255]);
  });

  test("each bar is as long as the unit's on-time rate; a unit with nothing due has no bar", async () => {
    const png = readPng(await buildComplianceChart(sampleComplianceReport(), vi));
    // Bar pixels along the middle of each unit's row, in the report's unit order.
    const barLength = (unit: number) => {
      const y = top + rowHeight * unit + rowHeight / 2;
      let length = 0;
      for (let x = plotLeft; x < png.width; x++) if (isBar(png.pixel(x, y))) length++;
      return length;
    };
    const lengths = [0, 1, 2, 3, 4, 5, 6].map(barLength);
    const full = plotRight - plotLeft;
    expect(Math.abs(lengths[0]! - full)).toBeLessThanOrEqual(2);
    expect(Math.abs(lengths[1]! - (full * 2) / 3)).toBeLessThanOrEqual(2);
    expect(Math.abs(lengths[5]! - full / 2)).toBeLessThanOrEqual(2);
    expect(lengths[0]!).toBeGreaterThan(lengths[5]!);
    expect(lengths[4]).toBe(0);
    expect(lengths[6]).toBe(0);
  });

  test("the bundled font draws the labels, so text shows even on a machine with no fonts", async () => {
    const png = readPng(await buildComplianceChart(sampleComplianceReport(), vi));
    const y0 = top;
    let dark = 0;
    for (let y = y0; y < y0 + rowHeight; y++) for (let x = 0; x < labelRight; x++) if (png.pixel(x, y)[0] < 128) dark++;
    expect(dark).toBeGreaterThan(100);
    let title = 0;
    for (let y = 0; y < top - 8; y++) for (let x = 0; x < png.width; x++) if (png.pixel(x, y)[0] < 128) title++;
    expect(title).toBeGreaterThan(500);
  });

  test("the SVG names the bloc and year, escapes unit names and shortens long ones", () => {
    const report = sampleComplianceReport();
    report.units[2] = {
      id: "u3",
      name: "Sở Nông nghiệp và Phát triển nông thôn tỉnh Kiên Giang (cơ quan thường trực)",
      shortName: null,
    };
    const svg = complianceChartSvg(report, vi);
    expect(svg).toContain("Tỷ lệ nộp báo cáo đúng hạn năm 2026 - Khối thi đua số 4 tỉnh Kiên Giang");
    expect(svg).toContain(">Sở Văn hóa, Thể thao và Du lịch<");
    expect(svg).toContain(">Sở GD&amp;ĐT<");
    // A blank short name falls back to the full name.
    expect(svg).toContain(">Sở Tư pháp<");
    expect(svg).toMatch(/>Sở Nông nghiệp và Phát triển nông thôn[^<]*…</);
    expect(svg).toContain(">66,7%<");
    expect(svg).toContain(">—<");
  });

  test("with no units it is still a chart of the title and the scale", async () => {
    const png = readPng(await buildComplianceChart(sampleComplianceReport({ units: [], rates: [] }), en));
    expect([png.width, png.height]).toEqual([1200, 80]);
  });
});
