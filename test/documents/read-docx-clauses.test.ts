import ExcelJS from "exceljs";
import JSZip from "jszip";
import { describe, expect, test } from "vitest";
import { checkDocxSize, maxDocxXmlBytes } from "../../src/documents/check-docx-size.js";
import { DocumentReadError, readDocxClauses } from "../../src/documents/read-docx-clauses.js";
import { sha256Hex } from "../../src/documents/sha256-hex.js";
import { buildDraftDocx } from "./fixtures/build-draft-docx.js";

async function expectReadError(bytes: Uint8Array, code: string) {
  const error = await readDocxClauses(bytes).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DocumentReadError);
  expect((error as DocumentReadError).code).toBe(code);
}

describe("readDocxClauses", () => {
  test("reads chapters and article headings, not articles cited mid-sentence", async () => {
    const clauses = await readDocxClauses(await buildDraftDocx());
    expect(clauses).toEqual([
      { id: "c1-d1", chapter: "Chương I", number: 1, label: "Điều 1", title: "Phạm vi điều chỉnh" },
      { id: "c1-d2", chapter: "Chương I", number: 2, label: "Điều 2", title: "Đối tượng áp dụng" },
      { id: "c2-d3", chapter: "Chương II", number: 3, label: "Điều 3", title: "Nguyên tắc hoạt động" },
      { id: "c2-d4", chapter: "Chương II", number: 4, label: "Điều 4", title: "Nhiệm vụ của Khối trưởng" },
      { id: "c2-d5", chapter: "Chương II", number: 5, label: "Điều 5", title: "Hiệu lực thi hành" },
    ]);
  });

  test("the same bytes give the same clauses and fingerprint", async () => {
    const bytes = await buildDraftDocx();
    expect(await readDocxClauses(Buffer.from(bytes))).toEqual(await readDocxClauses(bytes));
    expect(sha256Hex(bytes)).toMatch(/^[0-9a-f]{64}$/);
    expect(sha256Hex(Buffer.from("abc"))).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  });

  test("random bytes are unreadable", async () => {
    const random = Buffer.alloc(4096);
    for (let i = 0; i < random.length; i++) random[i] = (i * 7919 + 13) % 256;
    await expectReadError(random, "documents.error_unreadable");
    await expectReadError(Buffer.alloc(0), "documents.error_unreadable");
  });

  test("a zip that is not a Word document (a renamed .xlsx) is unreadable", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Sheet1").getCell("A1").value = "Điều 1. Không phải Word";
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    await expectReadError(xlsx, "documents.error_unreadable");
  });

  test("a truncated .docx and zip-looking garbage are unreadable", async () => {
    const bytes = await buildDraftDocx();
    await expectReadError(bytes.subarray(0, Math.floor(bytes.length / 2)), "documents.error_unreadable");
    await expectReadError(
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200, 0x41)]),
      "documents.error_unreadable",
    );
  });

  test("a password-protected .docx or an old .doc (OLE compound file) is reported as such", async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    await expectReadError(ole, "documents.error_protected");
  });

  test("a small zip that inflates past the limit (zip bomb) is refused before it is parsed", async () => {
    const zip = await JSZip.loadAsync(await buildDraftDocx());
    const padding = " ".repeat(maxDocxXmlBytes + 1024);
    zip.file(
      "word/document.xml",
      `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">${padding}<w:body/></w:document>`,
    );
    const bomb = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    await expectReadError(bomb, "documents.error_too_large");
  });

  test("the size check counts inflated XML, not what the zip declares", async () => {
    const bytes = await buildDraftDocx();
    await expect(checkDocxSize(bytes)).resolves.toBeUndefined();
    await expect(checkDocxSize(bytes, 1000)).rejects.toMatchObject({ code: "documents.error_too_large" });
  });
});
