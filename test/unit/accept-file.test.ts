import { describe, expect, test } from "vitest";
import { isDomainError } from "../../src/domain/domain-error.js";
import { acceptFile } from "../../src/domain/files/accept-file.js";

const options = { typeErrorCode: "drafts.error_file_type", baseName: "du-thao" };
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isDomainError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error("accepted");
};

describe("acceptFile, the one check of every upload", () => {
  test("recognises a kind by extension or by the type the client reports, and names a file sent without a name", () => {
    expect(acceptFile({ name: "Quy-che.DOCX", size: 10 }, { ...options, kinds: ["docx", "pdf"] })).toMatchObject({
      kind: "docx",
      name: "Quy-che.DOCX",
      mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    });
    expect(acceptFile({ mimeType: "application/pdf", size: 10 }, { ...options, kinds: ["docx", "pdf"] })).toEqual({
      kind: "pdf",
      name: "du-thao.pdf",
      mimeType: "application/pdf",
    });
  });

  test("refuses another kind with the setting's own code, and a file over 20 MB with the shared one", () => {
    expect(refusal(() => acceptFile({ name: "bang.xlsx", size: 1 }, { ...options, kinds: ["docx", "pdf"] }))).toEqual({
      code: "drafts.error_file_type",
      params: { name: "bang.xlsx" },
    });
    expect(
      refusal(() => acceptFile({ name: "a.pdf", size: 20 * 1024 * 1024 + 1 }, { ...options, kinds: ["docx", "pdf"] })),
    ).toEqual({ code: "files.error_too_big", params: { max: 20 } });
  });
});
