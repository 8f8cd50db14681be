import type { Clause } from "./clause.js";
import { extractDocxLines } from "./extract-docx-lines.js";
import { findClauseHeadings } from "./find-clause-headings.js";

export type { Clause } from "./clause.js";
export { DocumentReadError } from "./document-read-error.js";

// The articles (Điều) of a .docx draft, for people to pick when commenting. Throws DocumentReadError on a file
// that is not a readable .docx; an empty list means the document has no "Điều N." headings.
export async function readDocxClauses(bytes: Uint8Array): Promise<Clause[]> {
  return findClauseHeadings(await extractDocxLines(bytes));
}
