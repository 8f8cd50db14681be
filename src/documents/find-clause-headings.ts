import type { Clause } from "./clause.js";
import { parseRomanNumeral } from "./parse-roman-numeral.js";

// "Điều 3. Title" or "Điều 3: Title" at the very start of a line; "theo Điều 2 …" inside a sentence never matches,
// nor does "Điều 1.2" (a cross-reference to a clause inside an article).
const articlePattern = /^điều\s+(\d{1,4})\s*[.:](?!\d)\s*(.*)$/iu;
// "Chương I", "CHƯƠNG II. QUY ĐỊNH CHUNG", "Chương 3 - …"; the numeral must be a whole word.
const chapterPattern = /^(?:Chương|CHƯƠNG)\s+([IVXLCDM]+|\d{1,3})(?![\p{L}\p{N}])\s*(.*)$/u;
const chapterRestPattern = /^(?:$|[.:\-–—])/u;
const invisibleChars = /[\u200B-\u200D\u2060\uFEFF\u00AD]/gu;

export function normalizeLine(line: string): string {
  // Decomposed Vietnamese (typed as "Unicode tổ hợp") must match the composed patterns.
  return line.normalize("NFC").replace(invisibleChars, "").replace(/\s+/gu, " ").trim();
}

type Chapter = { label: string; number: number };

function readChapter(line: string): Chapter | null {
  const match = chapterPattern.exec(line);
  if (!match) return null;
  const numeral = match[1]!;
  const rest = match[2]!;
  // A chapter heading ends there, goes on after a separator, or runs on in capitals ("CHƯƠNG I QUY ĐỊNH CHUNG");
  // "Chương I quy định …" is a sentence about the chapter, not its heading.
  const isHeading = chapterRestPattern.test(rest) || rest === rest.toLocaleUpperCase("vi");
  if (!isHeading) return null;
  const number = /^\d+$/.test(numeral) ? Number(numeral) : parseRomanNumeral(numeral);
  if (number === null || number === 0) return null;
  return { label: `Chương ${numeral}`, number };
}

// Article headings from the document's lines, in document order, each under the last chapter seen.
export function findClauseHeadings(lines: readonly string[]): Clause[] {
  const clauses: Clause[] = [];
  const usedIds = new Set<string>();
  let chapter: Chapter | null = null;
  for (const raw of lines) {
    const line = normalizeLine(raw);
    if (line === "") continue;
    const nextChapter = readChapter(line);
    if (nextChapter) {
      chapter = nextChapter;
      continue;
    }
    const article = articlePattern.exec(line);
    if (!article) continue;
    const number = Number(article[1]);
    if (number === 0) continue;
    const baseId = chapter ? `c${chapter.number}-d${number}` : `d${number}`;
    // A repeated heading (a table of contents, an appendix) keeps its own pick: the second "d3" becomes "d3-2".
    let id = baseId;
    for (let n = 2; usedIds.has(id); n++) id = `${baseId}-${n}`;
    usedIds.add(id);
    clauses.push({ id, chapter: chapter?.label ?? null, number, label: `Điều ${number}`, title: article[2]! });
  }
  return clauses;
}
