import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { buildBallotMinutesDocx } from "../../src/documents/build-ballot-minutes-docx.js";
import { buildCommendationProposalDocx } from "../../src/documents/build-commendation-proposal-docx.js";
import {
  canRender,
  convertWithSoffice,
  pdfPageCount,
  pdfPageSizes,
  pdfPagesText,
  soffice,
} from "./fixtures/render-pdf.js";
import { sampleBallotMinutes, sampleCommendationProposal } from "./fixtures/sample-ballot.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

const t = strictTranslate("vi");
const a4Portrait: [number, number] = [595, 842];

// The fonts a PDF embeds ("BAAAAA+LiberationSerif-Bold" → "LiberationSerif-Bold").
const embeddedFonts = (pdf: Buffer) =>
  [...pdf.toString("latin1").matchAll(/\/BaseFont\s*\/(?:[A-Z]{6}\+)?([\w-]+)/g)].map((match) => match[1]!);
const oneLine = (text: string) => text.replace(/\s+/g, " ");

// LibreOffice is not a project dependency; when a machine has it, these tests prove the minutes and the proposal
// open in a second office suite and print on A4 in the administrative font.

describe.skipIf(soffice === null)("LibreOffice opens the review meeting's documents", () => {
  let dir = "";
  beforeAll(() => {
    const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
    mkdirSync(root, { recursive: true });
    dir = mkdtempSync(path.join(root, "soffice-ballot-"));
  });

  const convert = (file: string, format: string, outDir: string) =>
    convertWithSoffice(file, format, outDir, path.join(dir, "profile"));
  const write = (name: string, bytes: Buffer) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };

  const documents = [
    {
      name: "minutes",
      build: () => buildBallotMinutesDocx(t, sampleBallotMinutes()),
      texts: [
        "Số: ……/BB-KG-KTT4",
        "BIÊN BẢN HỌP BÌNH XÉT THI ĐUA NĂM 2026",
        "1\nSở Văn hóa và Thể thao\n5\n83,33\n✓",
        "Trong đó: biểu quyết tại cuộc họp 5 đơn vị; bằng văn bản 1 đơn vị; không biểu quyết 1 đơn vị.",
        "THƯ KÝ",
        "CHỦ TRÌ",
      ],
    },
    {
      name: "proposal",
      build: () => buildCommendationProposalDocx(t, sampleCommendationProposal()),
      texts: [
        "Số: ……/TTr-KG-KTT4",
        "TỜ TRÌNH",
        "Kính gửi: Hội đồng Thi đua - Khen thưởng tỉnh Kiên Giang.",
        "2\nSở Y tế\n91\n91\nXuất sắc\n4\n57,14",
        "Hồ sơ kèm theo:",
        "TM. KHỐI THI ĐUA SỐ 4",
      ],
    },
  ];

  test.each(documents)(
    "the $name converts to an A4 PDF of one or two pages, and to text with its content",
    { timeout: 240_000 },
    async (doc) => {
      const docx = write(`${doc.name}.docx`, await doc.build());
      const pdf = readFileSync(await convert(docx, "pdf", path.join(dir, `${doc.name}-pdf`)));
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
      const pages = pdfPageCount(pdf);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      for (const size of pdfPageSizes(pdf)) expect(size).toEqual(a4Portrait);
      const text = readFileSync(
        await convert(docx, "txt:Text (encoded):UTF8", path.join(dir, `${doc.name}-txt`)),
        "utf8",
      );
      for (const expected of doc.texts) expect(text).toContain(expected);
    },
  );

  test.skipIf(!canRender)(
    "printed in Times New Roman's metrics, the minutes sign side by side after the closing line",
    { timeout: 240_000 },
    async () => {
      const docx = write("minutes-print.docx", await buildBallotMinutesDocx(t, sampleBallotMinutes()));
      const pdf = readFileSync(await convert(docx, "pdf", path.join(dir, "minutes-print")));
      // Every text font is Times New Roman or its metric twin; only the ✓ may come from a symbol font.
      const fonts = embeddedFonts(pdf);
      expect(fonts.filter((font) => /^(LiberationSerif|TimesNewRoman)/.test(font)).length).toBeGreaterThanOrEqual(3);
      expect(
        fonts.filter((font) => /Serif|Times|Roman/.test(font) && !/^(LiberationSerif|TimesNewRoman)/.test(font)),
      ).toEqual([]);
      expect(pdfPageCount(pdf)).toBe(2);
      const pages = await pdfPagesText(dir, pdf);
      const last = pages.at(-1)!;
      expect(last.split("\n").some((line) => /THƯ KÝ\s+CHỦ TRÌ/.test(line))).toBe(true);
      expect(oneLine(last).indexOf("Biên bản đã được đọc lại")).toBeLessThan(oneLine(last).indexOf("THƯ KÝ"));
      expect(last).toContain("Trần Văn Bình");
    },
  );
});
