import { AlignmentType, Paragraph, TextRun } from "docx";
import { composeCertificateText } from "./compose-certificate-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { bodyParagraph, gridTable, line, monospaceFont } from "./docx-layout.js";
import type { SigningCertificate, Translate } from "./signing-certificate.js";

const columns = [
  { share: 0.07, alignment: AlignmentType.CENTER },
  { share: 0.29 },
  { share: 0.21 },
  { share: 0.2 },
  // Wide enough for "20/03/2018 09:35" on one line, so the certificate of seven units stays on one page.
  { share: 0.23, alignment: AlignmentType.CENTER },
];

// The signing certificate (giấy chứng nhận ký kết giao ước thi đua) as a portrait A4 Word file: the covenant, the
// full SHA-256 of the signed bytes, and one row per unit with who signed, in what role, and when.
export async function buildSigningCertificate(certificate: SigningCertificate, t: Translate): Promise<Buffer> {
  const text = composeCertificateText(certificate, t);
  const rows = text.rows.map((row) => [String(row.index), row.unit, row.signer, row.role, row.signedAt]);
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerLeaderUnit,
    header: text,
    children: [
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }, { spacing: { after: 240 } }),
      bodyParagraph(text.covenant),
      bodyParagraph(text.version),
      bodyParagraph(text.fingerprintLabel),
      // The whole fingerprint on one line (9 pt, so its 16 groups fit), to compare group by group with a computed one.
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 80, after: 80 },
        keepLines: true,
        children: [new TextRun({ text: text.fingerprint, font: monospaceFont, size: 18, bold: true })],
      }),
      bodyParagraph(text.openedAt),
      bodyParagraph(text.completedAt),
      bodyParagraph(text.timeZone, { italics: true }),
      bodyParagraph(text.intro, { before: 200 }),
      new Paragraph({ spacing: { after: 120 }, children: [] }),
      gridTable(columns, text.columns, rows, text.noRows),
      bodyParagraph(text.summary, { before: 240, keepNext: true }),
      bodyParagraph(text.verify, { italics: true, keepNext: true }),
      bodyParagraph(text.disclaimer, { italics: true, bold: true, before: 200, keepNext: true }),
    ],
  });
}
