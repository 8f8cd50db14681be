import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { convertWithSoffice, soffice } from "./fixtures/render-pdf.js";
import { beforeAll, describe, expect, test } from "vitest";
import { buildSynthesisDocx } from "../../src/documents/build-synthesis-docx.js";
import { buildSynthesisXlsx } from "../../src/documents/build-synthesis-xlsx.js";
import { readDocxClauses } from "../../src/documents/read-docx-clauses.js";
import { buildDraftDocx } from "./fixtures/build-draft-docx.js";
import { sampleSynthesisTable } from "./fixtures/sample-synthesis-table.js";
import { strictTranslate } from "./fixtures/strict-translate.js";

// LibreOffice is not a project dependency; when a machine has it, these tests prove the files open in a second
// office suite, not only in the libraries that wrote them.

describe.skipIf(soffice === null)("LibreOffice opens the generated files", () => {
  let dir = "";
  beforeAll(() => {
    const root = path.resolve(process.env.TEST_TMP_DIR ?? ".tmp/test");
    mkdirSync(root, { recursive: true });
    dir = mkdtempSync(path.join(root, "soffice-"));
  });

  const convert = (file: string, format: string, outDir: string) =>
    convertWithSoffice(file, format, outDir, path.join(dir, "profile"));

  function write(name: string, bytes: Buffer): string {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  }

  test("the synthesis .docx converts to PDF and to text with every row", { timeout: 240_000 }, async () => {
    const docx = write("synthesis.docx", await buildSynthesisDocx(sampleSynthesisTable(), strictTranslate("vi")));
    const pdf = await convert(docx, "pdf", path.join(dir, "docx-pdf"));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const text = readFileSync(await convert(docx, "txt:Text (encoded):UTF8", path.join(dir, "docx-txt")), "utf8");
    for (const expected of [
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Kiên Giang, ngày 20 tháng 3 năm 2018",
      "BẢNG TỔNG HỢP Ý KIẾN GÓP Ý",
      "STT\nĐiều/khoản\nĐơn vị góp ý\nNội dung góp ý\nÝ kiến tiếp thu/giải trình",
      "1\nĐiều 3\nSở Giáo dục và Đào tạo\n",
      "Giải trình: Thang điểm theo hướng dẫn của Ban Thi đua – Khen thưởng tỉnh.",
      "3\nĐiều 5\nSở Y tế\n",
      "Các đơn vị thống nhất, không có ý kiến: Ban Dân tộc; Sở Du lịch",
    ]) {
      expect(text).toContain(expected);
    }
  });

  test("the synthesis .xlsx converts to PDF and to CSV with the header and rows", { timeout: 240_000 }, async () => {
    const xlsx = write("synthesis.xlsx", await buildSynthesisXlsx(sampleSynthesisTable(), strictTranslate("vi")));
    const pdf = await convert(xlsx, "pdf", path.join(dir, "xlsx-pdf"));
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const csv = readFileSync(
      await convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", path.join(dir, "xlsx-csv")),
      "utf8",
    );
    expect(csv).toContain("STT,Điều/khoản,Đơn vị góp ý,Nội dung góp ý,Ý kiến tiếp thu/giải trình\n");
    expect(csv).toContain(
      '2,Góp ý chung,"Sở Lao động, Thương binh và Xã hội",Thống nhất với dự thảo; đề nghị rút gọn thang điểm.,',
    );
    expect(csv).toContain(
      "3,Điều 5,Sở Y tế,Đề nghị quy định rõ thời hạn gửi báo cáo 6 tháng (trước ngày 15/6).,Chưa trả lời\n",
    );
  });

  test("a draft saved again by LibreOffice gives the same clauses", { timeout: 240_000 }, async () => {
    const original = await buildDraftDocx();
    const draft = write("draft.docx", original);
    const resaved = readFileSync(await convert(draft, "docx:MS Word 2007 XML", path.join(dir, "resaved")));
    expect(resaved.equals(original)).toBe(false);
    expect(await readDocxClauses(resaved)).toEqual(await readDocxClauses(original));
  });
});
