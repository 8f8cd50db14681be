import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, test } from "vitest";
import { formatFingerprint } from "../../src/i18n/format-fingerprint.js";
import { readLocaleFile } from "../../src/i18n/translator.js";
import { buildAttendeeListDocx } from "../../src/documents/build-attendee-list-docx.js";
import { buildAttendeeListXlsx } from "../../src/documents/build-attendee-list-xlsx.js";
import { buildSigningCertificate } from "../../src/documents/build-signing-certificate.js";
import { composeAttendeeListText } from "../../src/documents/compose-attendee-list-text.js";
import { composeCertificateText, utcOffsetLabel } from "../../src/documents/compose-certificate-text.js";
import { covenantSha256, sampleAttendeeList, sampleCertificate } from "./fixtures/sample-signing.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const vi = strictTranslate("vi");
const en = strictTranslate("en");

async function docxText(bytes: Buffer): Promise<string> {
  const { value } = await mammoth.extractRawText({ buffer: bytes });
  return value.replace(/\n+/g, "\n");
}

async function docxXml(bytes: Buffer): Promise<{ document: string; styles: string }> {
  const { default: JSZip } = await import("jszip");
  const zip = await JSZip.loadAsync(bytes);
  return {
    document: await zip.file("word/document.xml")!.async("string"),
    styles: await zip.file("word/styles.xml")!.async("string"),
  };
}

async function readSheet(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(workbook.worksheets).toHaveLength(1);
  return workbook.worksheets[0]!;
}

function rowValues(sheet: ExcelJS.Worksheet, row: number): unknown[] {
  return [1, 2, 3, 4, 5, 6, 7].map((column) => sheet.getCell(row, column).value);
}

// Vietnam time (UTC+7); the tests run under America/New_York, where several of these are still the day before.
const certificateRows = [
  ["1", "Sở Văn hóa và Thể thao", "Trần Văn Bình", "Người ký của đơn vị", "20/03/2018 09:35"],
  ["2", "Sở Giáo dục và Đào tạo", "Lê Thị Hoa", "Người ký của đơn vị", "20/03/2018 09:41"],
  ["3", "Sở Lao động, Thương binh và Xã hội", "Phạm Minh Đức", "Người ký của đơn vị", "20/03/2018 10:02"],
  ["4", "Sở Y tế", "Nguyễn Thị Lan", "Ký thay (theo uỷ quyền của Võ Văn Hùng)", "20/03/2018 15:15"],
  ["5", "Ban Dân tộc", "Danh Sơn", "Người ký của đơn vị", "21/03/2018 00:05"],
  ["6", "Sở Du lịch", "Huỳnh Ngọc Ánh", "Người ký của đơn vị", "21/03/2018 08:00"],
  ["7", "Sở Khoa học và Công nghệ", "Đặng Quốc Việt", "Người ký của đơn vị", "22/03/2018 00:10"],
];

const attendeeRows: (string | number | null)[][] = [
  [1, "Sở Văn hóa và Thể thao", "Trần Văn Bình", "Giám đốc", "Tham dự", "07:40"],
  [2, "Sở Văn hóa và Thể thao", "Mai Thị Thu", "Chuyên viên thi đua", "Tham dự", "07:42"],
  [3, "Sở Y tế", "Nguyễn Thị Lan", "Phó Giám đốc", "Cử người dự thay", "07:55"],
  [4, "Sở Du lịch", "Huỳnh Ngọc Ánh", "Giám đốc", "Tham dự", null],
  [5, "Ban Dân tộc", null, null, "Không tham dự: Trùng lịch họp của Ủy ban nhân dân tỉnh", null],
  [6, "Sở Khoa học và Công nghệ", null, null, "Chưa trả lời", null],
];

describe("the tests run outside Vietnam", () => {
  test("process TZ is America/New_York", () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe("America/New_York");
    expect(new Date("2018-03-20T01:00:00Z").getDate()).toBe(19);
  });
});

describe("buildSigningCertificate", () => {
  test("reads back with the title, the full fingerprint, the times and every unit's row in Vietnam time", async () => {
    const bytes = await buildSigningCertificate(sampleCertificate(), vi);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const text = await docxText(bytes);
    expect(covenantSha256).toMatch(/^[0-9a-f]{64}$/);
    for (const expected of [
      "KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG",
      "SỞ VĂN HÓA VÀ THỂ THAO",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Kiên Giang, ngày 22 tháng 3 năm 2018",
      "GIẤY CHỨNG NHẬN KÝ KẾT GIAO ƯỚC THI ĐUA\nGiao ước thi đua năm 2018\n",
      "Văn bản: Giao ước thi đua năm 2018",
      "Văn bản được ký: Phiên bản 2",
      `Mã băm SHA-256 (dấu vân tay) của tệp văn bản được ký:\n${formatFingerprint(covenantSha256)}\n`,
      "Mở ký lúc: 20/03/2018 09:30",
      "Hoàn tất lúc: 22/03/2018 00:10",
      "Thời điểm ghi theo múi giờ UTC+07:00.",
      "Các đơn vị thành viên Khối thi đua số 4 đã xác nhận ký kết",
      "STT\nĐơn vị\nNgười ký\nVai trò\nThời điểm ký\n",
      "Tổng cộng 7 đơn vị đã ký.",
      "đây không phải là chữ ký số có giá trị pháp lý.",
    ]) {
      expect(text).toContain(expected);
    }
    for (const row of certificateRows) expect(text).toContain(`\n${row.join("\n")}\n`);
    // The rows come in the order given, after the column titles.
    const positions = certificateRows.map((row) => text.indexOf(`\n${row.join("\n")}\n`));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(positions[0]).toBeGreaterThan(text.indexOf("Thời điểm ký"));
  });

  test("is a portrait A4 page in Times New Roman with the fingerprint in a monospace font", async () => {
    const { document, styles } = await docxXml(await buildSigningCertificate(sampleCertificate(), vi));
    expect(document).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"[^>]*w:orient="portrait"/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(document).toMatch(
      new RegExp(
        `<w:rFonts w:ascii="Courier New"[^>]*/>(?:(?!</w:r>).)*<w:t[^>]*>${formatFingerprint(covenantSha256)}</w:t>`,
        "s",
      ),
    );
    expect(document).toContain("<w:tblHeader/>");
  });

  test("English comes from the same keys; a delegate without a named delegator and no rows are worded too", async () => {
    const certificate = sampleCertificate({ sha256: covenantSha256.toUpperCase() });
    certificate.rows[3] = { ...certificate.rows[3]!, delegatedBy: null };
    const text = await docxText(await buildSigningCertificate(certificate, en));
    expect(text).toContain("CERTIFICATE OF SIGNING OF THE EMULATION COVENANT");
    expect(text).toContain(`SHA-256 fingerprint of the signed document file:\n${formatFingerprint(covenantSha256)}\n`);
    expect(text).toContain("No.\nUnit\nSigned by\nRole\nSigned at\n");
    expect(text).toContain("\n1\nSở Văn hóa và Thể thao\nTrần Văn Bình\nUnit signatory\n20/03/2018 09:35\n");
    expect(text).toContain("\n4\nSở Y tế\nNguyễn Thị Lan\nSigned on behalf\n20/03/2018 15:15\n");
    // English keeps the placeholders of the Vietnamese line, so the month has no leading zero, as in the synthesis.
    expect(text).toContain("Kiên Giang, 22/3/2018");
    expect(text).toContain("it is not a legal digital signature.");

    const empty = await docxText(await buildSigningCertificate(sampleCertificate({ rows: [] }), vi));
    expect(empty).toContain("Chưa có đơn vị nào ký.");
    expect(empty).toContain("Tổng cộng 0 đơn vị đã ký.");
  });

  test("characters XML cannot carry are dropped instead of breaking the file", async () => {
    const certificate = sampleCertificate({ title: "Giao ước\u0007 thi đua" });
    certificate.rows[0]!.signerName = "Trần Văn\u0000 Bình";
    const text = await docxText(await buildSigningCertificate(certificate, vi));
    expect(text).toContain("Văn bản: Giao ước thi đua");
    expect(text).toContain("\nTrần Văn Bình\n");
  });
});

describe("composeCertificateText", () => {
  test("the time-zone label is the zone's offset, not the server's", () => {
    expect(utcOffsetLabel(new Date("2018-03-20T01:00:00Z"), "Asia/Ho_Chi_Minh")).toBe("UTC+07:00");
    expect(utcOffsetLabel(new Date("2018-03-20T01:00:00Z"), "UTC")).toBe("UTC+00:00");
    expect(composeCertificateText(sampleCertificate(), vi).rows.map((row) => row.signedAt)).toEqual(
      certificateRows.map((row) => row[4]),
    );
  });
});

describe("buildAttendeeListDocx", () => {
  test("reads back with the header, conference time and venue, columns and every attendee", async () => {
    const bytes = await buildAttendeeListDocx(sampleAttendeeList(), vi);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const text = await docxText(bytes);
    for (const expected of [
      "KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Kiên Giang, ngày 20 tháng 3 năm 2018",
      "DANH SÁCH ĐẠI BIỂU\ndự Hội nghị ký kết giao ước thi đua năm 2018\n",
      "Thời gian: 08:00 ngày 20/03/2018",
      "Địa điểm: Hội trường Sở Văn hóa và Thể thao",
      "STT\nĐơn vị\nHọ và tên\nChức vụ\nTrả lời\nCó mặt\nKý tên\n",
      "Số đơn vị tham dự: 3/5; số đại biểu: 4; đã có mặt: 3.",
    ]) {
      expect(text).toContain(expected);
    }
    // Empty cells read back as empty paragraphs, which the newline collapsing removes.
    for (const row of attendeeRows) expect(text).toContain(`\n${row.filter((value) => value !== null).join("\n")}\n`);
    const { document } = await docxXml(bytes);
    // Seven columns, the last for the hand signature, on a landscape page.
    expect(document).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="11906"[^>]*w:orient="landscape"/);
  });

  test("English, an absence without a reason, a check-in on another day and an empty list", async () => {
    const list = sampleAttendeeList();
    list.rows[4] = { ...list.rows[4]!, reason: "  " };
    list.rows[3] = { ...list.rows[3]!, checkedInAt: new Date("2018-03-20T17:30:00Z") };
    const text = await docxText(await buildAttendeeListDocx(list, en));
    expect(text).toContain("LIST OF ATTENDEES");
    expect(text).toContain("Time: 08:00 on 20/03/2018");
    expect(text).toContain("No.\nUnit\nFull name\nPosition\nAnswer\nPresent\nSignature\n");
    expect(text).toContain("\n3\nSở Y tế\nNguyễn Thị Lan\nPhó Giám đốc\nSending a deputy\n07:55\n");
    expect(text).toContain("\n4\nSở Du lịch\nHuỳnh Ngọc Ánh\nGiám đốc\nAttending\n21/03/2018 00:30\n");
    expect(text).toContain("\n5\nBan Dân tộc\nNot attending\n");
    expect(text).toContain("\n6\nSở Khoa học và Công nghệ\nNot answered yet\n");
    expect(text).toContain("Units attending: 3/5; attendees: 4; present: 4.");

    const empty = await docxText(await buildAttendeeListDocx(sampleAttendeeList({ rows: [] }), vi));
    expect(empty).toContain("Chưa có đơn vị nào trong danh sách.");
  });
});

describe("buildAttendeeListXlsx", () => {
  test("reads back with the header rows, the column titles and every attendee cell by cell", async () => {
    const sheet = await readSheet(await buildAttendeeListXlsx(sampleAttendeeList(), vi));
    expect(sheet.name).toBe("Danh sách đại biểu");
    expect(sheet.getCell("A1").value).toBe("KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG");
    expect(sheet.getCell("C1").value).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(sheet.getCell("C2").value).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(sheet.getCell("C3").value).toBe("Kiên Giang, ngày 20 tháng 3 năm 2018");
    expect(sheet.getCell("A5").value).toBe("DANH SÁCH ĐẠI BIỂU");
    expect(sheet.getCell("A6").value).toBe("dự Hội nghị ký kết giao ước thi đua năm 2018");
    expect(sheet.getCell("A7").value).toBe("Thời gian: 08:00 ngày 20/03/2018");
    expect(sheet.getCell("A8").value).toBe("Địa điểm: Hội trường Sở Văn hóa và Thể thao");
    expect(rowValues(sheet, 10)).toEqual(["STT", "Đơn vị", "Họ và tên", "Chức vụ", "Trả lời", "Có mặt", "Ký tên"]);
    // "Ký tên" stays empty for the hand signature.
    attendeeRows.forEach((row, i) => expect(rowValues(sheet, 11 + i), `row ${i + 1}`).toEqual([...row, null]));
    expect(sheet.getCell("A17").value).toBeNull();
    expect(sheet.getCell("A18").value).toBe("Số đơn vị tham dự: 3/5; số đại biểu: 4; đã có mặt: 3.");
    expect(sheet.getCell("B11").font.name).toBe("Times New Roman");
    expect(sheet.pageSetup.orientation).toBe("landscape");
    expect(sheet.pageSetup.paperSize).toBe(9);
  });

  test("English sheet, and an overlong reason is cut instead of breaking the file", async () => {
    const list = sampleAttendeeList();
    list.rows[4]!.reason = "x".repeat(40_000);
    const sheet = await readSheet(await buildAttendeeListXlsx(list, en));
    expect(sheet.name).toBe("Attendees");
    expect(rowValues(sheet, 10)).toEqual(["No.", "Unit", "Full name", "Position", "Answer", "Present", "Signature"]);
    expect(rowValues(sheet, 13)).toEqual([
      3,
      "Sở Y tế",
      "Nguyễn Thị Lan",
      "Phó Giám đốc",
      "Sending a deputy",
      "07:55",
      null,
    ]);
    const reason = sheet.getCell("E15").value as string;
    expect(reason).toHaveLength(32_767);
    expect(reason.startsWith("Not attending: xxx")).toBe(true);
    expect(reason.endsWith("…")).toBe(true);
  });
});

describe("the certificate and attendee-list keys in locales/*.json", () => {
  const viKeys = readLocaleFile("vi");
  const ours = (key: string) => /^(certificate|attendees)\./.test(key);

  test("every certificate.* and attendees.* key is used by the documents, and they use no other but document.*", async () => {
    const used = new Set<string>();
    const t = strictTranslate("vi", used);
    const certificate = sampleCertificate();
    certificate.rows.push({ ...certificate.rows[3]!, unitName: "Sở Tư pháp", delegatedBy: null });
    composeCertificateText(certificate, t);
    composeCertificateText(sampleCertificate({ rows: [] }), t);
    const list = sampleAttendeeList();
    list.rows.push({ ...list.rows[4]!, reason: null });
    composeAttendeeListText(list, t);
    composeAttendeeListText(sampleAttendeeList({ rows: [] }), t);
    expect([...used].filter(ours).sort()).toEqual(Object.keys(viKeys).filter(ours).sort());
    expect([...used].filter((key) => !ours(key) && !key.startsWith("document."))).toEqual([]);
  });
});
