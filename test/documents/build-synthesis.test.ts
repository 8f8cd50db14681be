import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, test } from "vitest";
import { buildSynthesisDocx } from "../../src/documents/build-synthesis-docx.js";
import { buildSynthesisXlsx } from "../../src/documents/build-synthesis-xlsx.js";
import { composeSynthesisText } from "../../src/documents/compose-synthesis-text.js";
import { synthesisDateParams } from "../../src/documents/synthesis-date-params.js";
import { sampleSynthesisTable } from "./fixtures/sample-synthesis-table.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const vi = strictTranslate("vi");
const en = strictTranslate("en");

async function docxText(bytes: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value.replace(/\n+/g, "\n");
}

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return [1, 2, 3, 4, 5].map((column) => sheet.getCell(row, column).value);
}

const expectedRows = [
  [
    1,
    "Điều 3",
    "Sở Giáo dục và Đào tạo",
    "Đề nghị bổ sung khoản 2: họp Khối 6 tháng một lần.\nKèm theo danh sách đề xuất.",
    "Tiếp thu: Đã bổ sung vào khoản 2 Điều 3.",
  ],
  [
    2,
    "Góp ý chung",
    "Sở Lao động, Thương binh và Xã hội",
    "Thống nhất với dự thảo; đề nghị rút gọn thang điểm.",
    "Giải trình: Thang điểm theo hướng dẫn của Ban Thi đua – Khen thưởng tỉnh.",
  ],
  [3, "Điều 5", "Sở Y tế", "Đề nghị quy định rõ thời hạn gửi báo cáo 6 tháng (trước ngày 15/6).", "Chưa trả lời"],
];

describe("synthesis date", () => {
  test("the date is the Vietnamese calendar day, written as Decree 30 asks", () => {
    expect(synthesisDateParams(new Date("2018-03-19T17:30:00Z"), "Asia/Ho_Chi_Minh")).toEqual({
      day: "20",
      month: "3",
      year: "2018",
      date: "20/03/2018",
    });
    expect(synthesisDateParams(new Date("2019-02-04T18:00:00Z"), "Asia/Ho_Chi_Minh")).toEqual({
      day: "05",
      month: "02",
      year: "2019",
      date: "05/02/2019",
    });
  });
});

describe("buildSynthesisDocx", () => {
  test("reads back with the header, title, columns, every row and the units that agreed", async () => {
    const bytes = await buildSynthesisDocx(sampleSynthesisTable(), vi);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const text = await docxText(bytes);
    for (const expected of [
      "KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG",
      "SỞ VĂN HÓA VÀ THỂ THAO",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Kiên Giang, ngày 20 tháng 3 năm 2018",
      "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý",
      "đối với dự thảo Quy chế hoạt động của Khối thi đua số 4 (Phiên bản 1)",
      "STT\nĐiều/khoản\nĐơn vị góp ý\nNội dung góp ý\nÝ kiến tiếp thu/giải trình",
      "Tổng cộng 3 ý kiến góp ý của 3 đơn vị: tiếp thu 1, giải trình 1, chưa trả lời 1.",
      "Các đơn vị thống nhất, không có ý kiến: Ban Dân tộc; Sở Du lịch",
      "Các đơn vị chưa có ý kiến: Sở Khoa học và Công nghệ",
    ]) {
      expect(text).toContain(expected);
    }
    // Each row reads back in column order; a multi-line comment keeps its line break.
    for (const row of expectedRows) expect(text).toContain(row.join("\n"));
    expect(text).not.toContain("\u0007");
  });

  test("is laid out as a landscape A4 page in Times New Roman", async () => {
    const bytes = await buildSynthesisDocx(sampleSynthesisTable(), vi);
    const { default: JSZip } = await import("jszip");
    const zip = await JSZip.loadAsync(bytes);
    const documentXml = await zip.file("word/document.xml")!.async("string");
    const stylesXml = await zip.file("word/styles.xml")!.async("string");
    expect(documentXml).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
    expect(stylesXml).toContain('w:ascii="Times New Roman"');
    expect(documentXml).toContain("<w:tblHeader/>");
  });

  test("with no comments at all it says so, and English comes from the same keys", async () => {
    const text = await docxText(await buildSynthesisDocx(sampleSynthesisTable({ rows: [], silentUnits: [] }), en));
    expect(text).toContain("SUMMARY OF COMMENTS");
    expect(text).toContain("No.\nArticle/clause\nCommenting unit\nComment\nResponse (accepted/explained)");
    expect(text).toContain("No comments were received.");
    expect(text).toContain("Kiên Giang, 20/3/2018");
    expect(text).toContain("Units that agree, with no comments: Ban Dân tộc; Sở Du lịch");
    expect(text).not.toContain("have not answered");
  });
});

describe("buildSynthesisXlsx", () => {
  test("reads back with the header row and the three comment rows cell by cell", async () => {
    const sheet = await readSheet(await buildSynthesisXlsx(sampleSynthesisTable(), vi));
    expect(sheet.name).toBe("Tổng hợp góp ý");
    expect(sheet.getCell("A1").value).toBe("KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG");
    expect(sheet.getCell("D1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.getCell("A2").value).toBe("SỞ VĂN HÓA VÀ THỂ THAO");
    expect(sheet.getCell("D2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(sheet.getCell("D3").value).toBe("Kiên Giang, ngày 20 tháng 3 năm 2018");
    expect(sheet.getCell("A5").value).toBe("BẢNG TỔNG HỢP Ý KIẾN GÓP Ý");
    expect(rowValues(sheet, 8)).toEqual([
      "STT",
      "Điều/khoản",
      "Đơn vị góp ý",
      "Nội dung góp ý",
      "Ý kiến tiếp thu/giải trình",
    ]);
    expectedRows.forEach((row, i) => expect(rowValues(sheet, 9 + i)).toEqual(row));
    expect(sheet.getCell("A12").value).toBeNull();
    const closing = [13, 14, 15].map((row) => sheet.getCell(row, 1).value);
    expect(closing).toEqual([
      "Tổng cộng 3 ý kiến góp ý của 3 đơn vị: tiếp thu 1, giải trình 1, chưa trả lời 1.",
      "Các đơn vị thống nhất, không có ý kiến: Ban Dân tộc; Sở Du lịch",
      "Các đơn vị chưa có ý kiến: Sở Khoa học và Công nghệ",
    ]);
    expect(sheet.getCell("B9").font.name).toBe("Times New Roman");
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  test("a comment longer than an Excel cell holds is cut instead of breaking the file", async () => {
    const table = sampleSynthesisTable();
    table.rows[0]!.comment = "x".repeat(40_000);
    const sheet = await readSheet(await buildSynthesisXlsx(table, en));
    const comment = sheet.getCell("D9").value as string;
    expect(comment).toHaveLength(32_767);
    expect(comment.endsWith("…")).toBe(true);
    expect(sheet.name).toBe("Comments");
    expect(sheet.getCell("E9").value).toBe("Accepted: Đã bổ sung vào khoản 2 Điều 3.");
  });
});

describe("composeSynthesisText", () => {
  test("an accepted comment without a reply text shows only the verdict", () => {
    const table = sampleSynthesisTable();
    table.rows[0]!.response = { kind: "accepted", text: "  " };
    expect(composeSynthesisText(table, vi).rows[0]!.response).toBe("Tiếp thu");
  });

  test("a reply that already says its verdict is not prefixed again ('Tiếp thu: Tiếp thu.')", () => {
    const table = sampleSynthesisTable();
    table.rows[0]!.response = { kind: "accepted", text: "Tiếp thu." };
    table.rows[1]!.response = { kind: "explained", text: "giải trình: thang điểm giữ nguyên." };
    table.rows[2]!.response = { kind: "accepted", text: "Tiếp thuận theo ý kiến của Sở." };
    const rows = composeSynthesisText(table, vi).rows.map((row) => row.response);
    expect(rows).toEqual([
      "Tiếp thu.",
      "giải trình: thang điểm giữ nguyên.",
      // Only the whole word counts: "Tiếp thuận" is another word.
      "Tiếp thu: Tiếp thuận theo ý kiến của Sở.",
    ]);
  });
});
