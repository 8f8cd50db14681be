import ExcelJS from "exceljs";
import { describe, expect, test } from "vitest";
import { buildAttendeeListXlsx } from "../../src/documents/build-attendee-list-xlsx.js";
import { buildComplianceXlsx } from "../../src/documents/build-compliance-xlsx.js";
import { buildSynthesisXlsx } from "../../src/documents/build-synthesis-xlsx.js";
import { composeAttendeeListText } from "../../src/documents/compose-attendee-list-text.js";
import { composeCertificateText } from "../../src/documents/compose-certificate-text.js";
import { composeComplianceText } from "../../src/documents/compose-compliance-text.js";
import { composeSynthesisText } from "../../src/documents/compose-synthesis-text.js";
import { composeDocumentHeader } from "../../src/documents/document-header.js";
import { sampleComplianceReport } from "./fixtures/sample-compliance.js";
import { sampleAttendeeList, sampleCertificate, sampleDocumentSigning } from "./fixtures/sample-signing.js";
import { sampleSynthesisTable } from "./fixtures/sample-synthesis-table.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

// All four documents dated the same day, so their headers can be compared.
const day = new Date("2018-03-19T17:30:00Z");
const zone = "Asia/Ho_Chi_Minh";
const pick = (text: Record<string, unknown>) => ({
  headerBloc: text.headerBloc,
  headerLeaderUnit: text.headerLeaderUnit,
  mottoCountry: text.mottoCountry,
  mottoSlogan: text.mottoSlogan,
  datePlace: text.datePlace,
  footer: text.footer,
});

function composeAll(locale: "vi" | "en", used?: Set<string>) {
  const t = strictTranslate(locale, used);
  return {
    synthesis: composeSynthesisText(sampleSynthesisTable({ generatedAt: day }), t),
    certificate: composeCertificateText(sampleCertificate({ completedAt: day }), t),
    attendees: composeAttendeeListText(sampleAttendeeList({ generatedAt: day }), t),
    compliance: composeComplianceText(sampleComplianceReport({ generatedAt: day }), t),
  };
}

describe("one administrative header for every document", () => {
  test.each(["vi", "en"] as const)("the four documents open with the same motto and date line (%s)", (locale) => {
    const texts = composeAll(locale);
    const t = strictTranslate(locale);
    const source = { blocName: "Khối thi đua số 4", province: "Kiên Giang", date: day, timeZone: zone };
    const signing = sampleDocumentSigning;
    const leader = composeDocumentHeader(
      { ...source, signing, kind: "synthesis", leaderUnitName: "Sở Văn hóa và Thể thao" },
      t,
    );
    const bloc = composeDocumentHeader({ ...source, signing, kind: "attendees", leaderUnitName: null }, t);
    expect(pick(texts.synthesis)).toEqual(pick(leader));
    expect(pick(texts.certificate)).toEqual(pick(leader));
    expect(pick(texts.attendees)).toEqual(pick(bloc));
    expect(pick(texts.compliance)).toEqual(pick(bloc));
    // The same closing everywhere: signed for the bloc by the leader unit's signatory.
    expect(texts.attendees.footer).toEqual(texts.synthesis.footer);
  });

  test("each kind of document is numbered under the bloc's code, for the clerk to fill in", () => {
    const texts = composeAll("vi");
    expect(texts.synthesis.number).toBe("Số: ……/BC-KG-KTT4");
    expect(texts.certificate.number).toBe("Số: ……/GCN-KG-KTT4");
    expect(texts.attendees.number).toBe("Số: ……/DS-KG-KTT4");
    expect(texts.compliance.number).toBe("Số: ……/BC-KG-KTT4");
    expect(texts.synthesis.footer).toEqual({
      recipientsTitle: "Nơi nhận:",
      recipients: ["- Các đơn vị thành viên Khối;", "- Ban Thi đua - Khen thưởng tỉnh;", "- Lưu: VT."],
      signAuthority: "TM. KHỐI THI ĐUA SỐ 4",
      signTitle: "KHỐI TRƯỞNG",
      signerName: "Trần Văn Bình",
    });
    // A leader unit with no signatory yet leaves the name to be written by hand.
    const t = strictTranslate("vi");
    const unsigned = composeAttendeeListText(
      sampleAttendeeList({ signing: { blocCode: "KG-KTT4", signerName: null } }),
      t,
    );
    expect(unsigned.footer.signerName).toBe("");
  });

  test("the header words come from document.* and nowhere else", () => {
    const used = new Set<string>();
    const texts = composeAll("vi", used);
    expect([...used].filter((key) => /motto|date_place|header_/.test(key)).sort()).toEqual([
      "document.date_place",
      "document.header_bloc",
      "document.header_leader_unit",
      "document.motto_country",
      "document.motto_slogan",
    ]);
    expect(texts.certificate.mottoCountry).toBe("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(texts.certificate.mottoSlogan).toBe("Độc lập - Tự do - Hạnh phúc");
    expect(texts.compliance.datePlace).toBe("Kiên Giang, ngày 20 tháng 3 năm 2018");
    expect(texts.attendees.headerBloc).toBe("KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG");
  });

  test("the three workbooks lay the header out the same way over rows 1–3", async () => {
    const t = strictTranslate("vi");
    const read = async (bytes: Buffer) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
      const sheet = workbook.worksheets[0]!;
      // Merged cells repeat their value in every column they span, and the sheets are not equally wide.
      return [1, 2, 3].map((row) => [...new Set((sheet.getRow(row).values as unknown[]).filter(Boolean))]);
    };
    const attendees = await read(await buildAttendeeListXlsx(sampleAttendeeList({ generatedAt: day }), t));
    const compliance = await read(await buildComplianceXlsx(sampleComplianceReport({ generatedAt: day }), t));
    expect(compliance.map((row) => row.map((cell) => String(cell).replace("/BC-", "/DS-")))).toEqual(attendees);
    const synthesis = await read(await buildSynthesisXlsx(sampleSynthesisTable({ generatedAt: day }), t));
    expect(attendees).toEqual([
      ["KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["Độc lập - Tự do - Hạnh phúc"],
      ["Số: ……/DS-KG-KTT4", "Kiên Giang, ngày 20 tháng 3 năm 2018"],
    ]);
    expect(synthesis).toEqual([
      ["KHỐI THI ĐUA SỐ 4\nTỈNH KIÊN GIANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
      ["SỞ VĂN HÓA VÀ THỂ THAO", "Độc lập - Tự do - Hạnh phúc"],
      ["Số: ……/BC-KG-KTT4", "Kiên Giang, ngày 20 tháng 3 năm 2018"],
    ]);
  });
});
