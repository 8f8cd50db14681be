import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { convertWithSoffice, soffice } from "./fixtures/render-pdf.js";
import { beforeAll, describe, expect, test } from "vitest";
import { buildAttendeeListDocx } from "../../src/documents/build-attendee-list-docx.js";
import { buildAttendeeListXlsx } from "../../src/documents/build-attendee-list-xlsx.js";
import { buildSigningCertificate } from "../../src/documents/build-signing-certificate.js";
import { formatFingerprint } from "../../src/i18n/format-fingerprint.js";
import { covenantSha256, sampleAttendeeList, sampleCertificate } from "./fixtures/sample-signing.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

// LibreOffice is not a project dependency; when a machine has it, these tests prove the files open in a second
// office suite, not only in the libraries that wrote them.

describe("LibreOffice opens the signing documents", () => {
  let dir = "";
  beforeAll(() => {
    const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
    mkdirSync(root, { recursive: true });
    dir = mkdtempSync(path.join(root, "soffice-signing-"));
  });

  const convert = (file: string, format: string, outDir: string) =>
    convertWithSoffice(file, format, outDir, path.join(dir, "profile"));

  function write(name: string, bytes: Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  }

  test.skipIf(soffice === null)(
    "the signing certificate converts to PDF and to text with the fingerprint and every row",
    { timeout: 240_000 },
    async () => {
      const docx = write("certificate.docx", await buildSigningCertificate(sampleCertificate(), strictTranslate("vi")));
      const pdf = await convert(docx, "pdf", path.join(dir, "certificate-pdf"));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const text = readFileSync(
        await convert(docx, "txt:Text (encoded):UTF8", path.join(dir, "certificate-txt")),
        "utf8",
      );
      for (const expected of [
        "GIẤY CHỨNG NHẬN KÝ KẾT GIAO ƯỚC THI ĐUA",
        formatFingerprint(covenantSha256),
        "Kiên Giang, ngày 22 tháng 3 năm 2018",
        "STT\nĐơn vị\nNgười ký\nVai trò\nThời điểm ký",
        "1\nSở Văn hóa và Thể thao\nTrần Văn Bình\nNgười ký của đơn vị\n20/03/2018 09:35",
        "4\nSở Y tế\nNguyễn Thị Lan\nKý thay (theo uỷ quyền của Võ Văn Hùng)\n20/03/2018 15:15",
        "7\nSở Khoa học và Công nghệ\nĐặng Quốc Việt\nNgười ký của đơn vị\n22/03/2018 00:10",
        "không phải là chữ ký số có giá trị pháp lý",
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  test.skipIf(soffice === null)(
    "the attendee list .docx converts to PDF and to text with every attendee",
    { timeout: 240_000 },
    async () => {
      const docx = write("attendees.docx", await buildAttendeeListDocx(sampleAttendeeList(), strictTranslate("vi")));
      const pdf = await convert(docx, "pdf", path.join(dir, "attendees-pdf"));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const text = readFileSync(
        await convert(docx, "txt:Text (encoded):UTF8", path.join(dir, "attendees-txt")),
        "utf8",
      );
      for (const expected of [
        "DANH SÁCH ĐẠI BIỂU",
        "Thời gian: 08:00 ngày 20/03/2018",
        "STT\nĐơn vị\nHọ và tên\nChức vụ\nTrả lời\nCó mặt\nKý tên",
        "3\nSở Y tế\nNguyễn Thị Lan\nPhó Giám đốc\nCử người dự thay\n07:55",
        "Không tham dự: Trùng lịch họp của Ủy ban nhân dân tỉnh",
      ]) {
        expect(text).toContain(expected);
      }
    },
  );

  test.skipIf(soffice === null)(
    "the attendee list .xlsx converts to PDF and to CSV with the header and rows",
    { timeout: 240_000 },
    async () => {
      const xlsx = write("attendees.xlsx", await buildAttendeeListXlsx(sampleAttendeeList(), strictTranslate("vi")));
      const pdf = await convert(xlsx, "pdf", path.join(dir, "attendees-xlsx-pdf"));
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const csv = readFileSync(
        await convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", path.join(dir, "attendees-csv")),
        "utf8",
      );
      expect(csv).toContain("STT,Đơn vị,Họ và tên,Chức vụ,Trả lời,Có mặt,Ký tên\n");
      expect(csv).toContain("1,Sở Văn hóa và Thể thao,Trần Văn Bình,Giám đốc,Tham dự,07:40,\n");
      expect(csv).toContain("4,Sở Du lịch,Huỳnh Ngọc Ánh,Giám đốc,Tham dự,,\n");
      expect(csv).toContain("5,Ban Dân tộc,,,Không tham dự: Trùng lịch họp của Ủy ban nhân dân tỉnh,,\n");
      expect(csv).toContain("6,Sở Khoa học và Công nghệ,,,Chưa trả lời,,\n");
    },
  );
});
