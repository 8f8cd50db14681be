import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { buildAttendeeListXlsx } from "../../src/documents/build-attendee-list-xlsx.js";
import { buildComplianceXlsx } from "../../src/documents/build-compliance-xlsx.js";
import { buildSynthesisXlsx } from "../../src/documents/build-synthesis-xlsx.js";
import { wrapToWidth } from "../../src/documents/wrap-to-width.js";
import { columnWidthPt } from "../../src/documents/xlsx-layout.js";
import { sampleComplianceReport } from "./fixtures/sample-compliance.js";
import { sampleAttendeeList } from "./fixtures/sample-signing.js";
import { sampleSynthesisTable } from "./fixtures/sample-synthesis-table.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const t = strictTranslate("vi");

async function sheetsOf(bytes: Buffer): Promise<ExcelJS.Worksheet[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets;
}

const workbooks = [
  { name: "synthesis", build: () => buildSynthesisXlsx(sampleSynthesisTable(), t), titles: "8:8" },
  { name: "attendees", build: () => buildAttendeeListXlsx(sampleAttendeeList(), t), titles: "10:10" },
  { name: "compliance", build: () => buildComplianceXlsx(sampleComplianceReport(), t), titles: "9:9" },
];

describe("the workbooks print at their own size", () => {
  test.each(workbooks)("$name: A4 landscape at 100%, a print area, the column titles repeated", async (book) => {
    const [first, ...others] = await sheetsOf(await book.build());
    for (const sheet of [first!, ...others]) {
      const setup = sheet.pageSetup;
      expect(setup.paperSize).toBe(9);
      expect(setup.orientation).toBe("landscape");
      // Fit-to-page shrank these sheets to 6–9 pt on paper.
      expect(setup.fitToPage).toBe(false);
      expect(setup.scale).toBe(100);
      expect(setup.printArea).toBe(`A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}`);
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.value !== null)
            expect(cell.font?.size ?? 0, `${sheet.name}!${cell.address}`).toBeGreaterThanOrEqual(11);
        }),
      );
    }
    expect(first!.pageSetup.printTitlesRow).toBe(book.titles);
    // The document's own sheet fits the page's width, so no column prints on a page of its own.
    const width = first!.columns.reduce((total, column) => total + columnWidthPt(column.width ?? 0), 0);
    expect(width).toBeLessThanOrEqual(700);
  });

  test("a compliance sheet wider than the page repeats the unit columns on every page across", async () => {
    const report = sampleComplianceReport();
    const monthly = report.obligations[0]!;
    const periods = Array.from({ length: 12 }, (_, i) => ({
      ...monthly.periods[0]!,
      periodKey: `2026-${String(i + 1).padStart(2, "0")}`,
    }));
    const [, wide] = await sheetsOf(
      await buildComplianceXlsx({ ...report, obligations: [{ ...monthly, periods }] }, t),
    );
    expect(wide!.pageSetup.printTitlesColumn).toBe("A:B");
    expect(wide!.pageSetup.scale).toBe(100);
  });

  test("the attendee list has an empty 'Ký tên' column, tall enough to sign in", async () => {
    const [sheet] = await sheetsOf(await buildAttendeeListXlsx(sampleAttendeeList(), t));
    expect(sheet!.getCell("G10").value).toBe("Ký tên");
    for (let row = 11; row <= 16; row++) {
      expect(sheet!.getCell(`G${row}`).value).toBeNull();
      expect(sheet!.getRow(row).height).toBeGreaterThanOrEqual(30);
    }
  });
});

describe("issuer lines are broken between names, not inside one", () => {
  const header = { widthPt: 170, sizePt: 12, bold: true };
  test("the province keeps its own line; a long unit breaks after its comma", () => {
    expect(wrapToWidth("KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG", header)).toEqual(["KHỐI THI ĐUA SỐ 4", "TỈNH KIÊN GIANG"]);
    expect(wrapToWidth("SỞ VĂN HÓA VÀ THỂ THAO", header)).toEqual(["SỞ VĂN HÓA VÀ THỂ THAO"]);
    expect(wrapToWidth("SỞ LAO ĐỘNG, THƯƠNG BINH VÀ XÃ HỘI", header)).toEqual([
      "SỞ LAO ĐỘNG,",
      "THƯƠNG BINH VÀ XÃ HỘI",
    ]);
  });

  test("a line too long for the column breaks at the last word that fits; a single word stays whole", () => {
    expect(wrapToWidth("KHỐI THI ĐUA CÁC CƠ QUAN TỔNG HỢP VÀ NỘI CHÍNH", { ...header, widthPt: 200 })).toEqual([
      "KHỐI THI ĐUA CÁC CƠ QUAN",
      "TỔNG HỢP VÀ NỘI CHÍNH",
    ]);
    expect(wrapToWidth("X".repeat(40), header)).toEqual(["X".repeat(40)]);
  });
});
