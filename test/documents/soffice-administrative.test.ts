import { mkdirSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildAttendeeListDocx } from "../../src/documents/build-attendee-list-docx.js";
import { buildAttendeeListXlsx } from "../../src/documents/build-attendee-list-xlsx.js";
import { buildComplianceXlsx } from "../../src/documents/build-compliance-xlsx.js";
import { buildSigningCertificate } from "../../src/documents/build-signing-certificate.js";
import { buildSynthesisDocx } from "../../src/documents/build-synthesis-docx.js";
import { buildSynthesisXlsx } from "../../src/documents/build-synthesis-xlsx.js";
import { canRender, pdfFontSizes, pdfPageCount, pdfPageSizes, pdfPagesText, renderPdf } from "./fixtures/render-pdf.js";
import { sampleComplianceReport } from "./fixtures/sample-compliance.js";
import { sampleAttendeeList, sampleCertificate } from "./fixtures/sample-signing.js";
import { sampleSynthesisTable } from "./fixtures/sample-synthesis-table.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const t = strictTranslate("vi");
const a4Portrait: [number, number] = [595, 842];
const a4Landscape: [number, number] = [842, 595];

// Every document as LibreOffice prints it (Decree 30/2020/NĐ-CP): the header, the "Số" line, the recipients and
// the signature block on the rendered pages, at a readable size.
const documents = [
  {
    name: "synthesis.docx",
    build: () => buildSynthesisDocx(sampleSynthesisTable(), t),
    pages: 1,
    size: a4Landscape,
    number: "Số: ……/BC-KG-KTT4",
    leaderUnit: true,
    closing: "Tổng cộng 3 ý kiến góp ý",
  },
  {
    name: "synthesis.xlsx",
    build: () => buildSynthesisXlsx(sampleSynthesisTable(), t),
    pages: 1,
    size: a4Landscape,
    number: "Số: ……/BC-KG-KTT4",
    leaderUnit: true,
    closing: "Tổng cộng 3 ý kiến góp ý",
  },
  {
    // Seven signatures do not leave room for the signature block: it goes over with the closing paragraphs.
    name: "certificate.docx",
    build: () => buildSigningCertificate(sampleCertificate(), t),
    pages: 2,
    size: a4Portrait,
    number: "Số: ……/GCN-KG-KTT4",
    leaderUnit: true,
    closing: "Tổng cộng 7 đơn vị đã ký.",
  },
  {
    name: "attendees.docx",
    build: () => buildAttendeeListDocx(sampleAttendeeList(), t),
    pages: 1,
    size: a4Landscape,
    number: "Số: ……/DS-KG-KTT4",
    leaderUnit: false,
    closing: "Số đơn vị tham dự: 3/5",
  },
  {
    // Rows tall enough to sign in: the closing line and the signature block go over to the second page.
    name: "attendees.xlsx",
    build: () => buildAttendeeListXlsx(sampleAttendeeList(), t),
    pages: 2,
    size: a4Landscape,
    number: "Số: ……/DS-KG-KTT4",
    leaderUnit: false,
    closing: "Số đơn vị tham dự: 3/5",
  },
  {
    // The summary sheet, signed, on its page; then one page per obligation sheet.
    name: "compliance.xlsx",
    build: () => buildComplianceXlsx(sampleComplianceReport(), t),
    pages: 3,
    size: a4Landscape,
    number: "Số: ……/BC-KG-KTT4",
    leaderUnit: false,
    closing: "Tỷ lệ đúng hạn = số kỳ nộp đúng hạn",
  },
];

const oneLine = (text: string) => text.replace(/\s+/g, " ");

describe.skipIf(!canRender)("administrative documents as LibreOffice prints them", () => {
  let dir = "";
  beforeAll(() => {
    const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
    mkdirSync(root, { recursive: true });
    dir = mkdtempSync(path.join(root, "soffice-administrative-"));
  });

  test.each(documents)(
    "$name: A4, the header and the signature block, at 11 pt or more",
    { timeout: 240_000 },
    async (doc) => {
      const pdf = await renderPdf(dir, doc.name, await doc.build());
      expect(pdfPageCount(pdf)).toBe(doc.pages);
      for (const size of pdfPageSizes(pdf)) expect(size).toEqual(doc.size);
      // LibreOffice writes 11 pt as 10.998 in a sheet.
      const small = pdfFontSizes(pdf).filter((size) => size < 10.99);
      // Only the certificate's fingerprint is smaller (9 pt), so its 16 groups fit one line.
      expect(small).toEqual(doc.name === "certificate.docx" ? [9] : []);

      const pages = await pdfPagesText(dir, pdf);
      const lines = pages[0]!.split("\n").map((line) => line.trim());
      // The province has its own line under the bloc, never "…KIÊN" / "GIANG".
      expect(lines.some((line) => line.startsWith("KHỐI THI ĐUA SỐ 4"))).toBe(true);
      // The motto on one line, too.
      expect(lines.some((line) => line.includes("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).toBe(true);
      expect(lines.some((line) => /^TỈNH KIÊN GIANG\b/.test(line))).toBe(true);
      expect(lines.filter((line) => /KIÊN$/.test(line))).toEqual([]);
      if (doc.leaderUnit) expect(lines.some((line) => line.startsWith("SỞ VĂN HÓA VÀ THỂ THAO"))).toBe(true);
      expect(lines.some((line) => line.startsWith(doc.number))).toBe(true);

      // The signature block is on one page, with the closing text above it, never alone.
      const signed = pages.findIndex(
        (page) => page.includes("Trần Văn Bình") && page.includes("TM. KHỐI THI ĐUA SỐ 4"),
      );
      expect(signed).toBeGreaterThanOrEqual(0);
      const page = oneLine(pages[signed]!);
      for (const expected of [
        "Nơi nhận:",
        "- Các đơn vị thành viên Khối;",
        "- Lưu: VT.",
        "KHỐI TRƯỞNG",
        oneLine(doc.closing),
      ])
        expect(page).toContain(expected);
      expect(page.indexOf(oneLine(doc.closing))).toBeLessThan(page.indexOf("Nơi nhận:"));
    },
  );

  test("the attendee list prints every column, 'Ký tên' included, on the page", { timeout: 240_000 }, async () => {
    const pdf = await renderPdf(dir, "attendees-columns.xlsx", await buildAttendeeListXlsx(sampleAttendeeList(), t));
    const pages = await pdfPagesText(dir, pdf);
    expect(pages[0]).toMatch(/STT\s+Đơn vị\s+Họ và tên\s+Chức vụ\s+Trả lời\s+Có mặt\s+Ký tên/);
    expect(pages[0]).toMatch(/1\s+Sở Văn hóa và Thể thao\s+Trần Văn Bình\s+Giám đốc\s+Tham dự\s+07:40/);
  });
});
