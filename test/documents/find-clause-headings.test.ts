import { describe, expect, test } from "vitest";
import { findClauseHeadings } from "../../src/documents/find-clause-headings.js";
import { parseRomanNumeral } from "../../src/documents/parse-roman-numeral.js";

describe("findClauseHeadings", () => {
  test("documents without chapters get plain ids", () => {
    expect(findClauseHeadings(["Điều 1. Mục tiêu", "Nội dung…", "Điều 2: Nhiệm vụ trọng tâm"])).toEqual([
      { id: "d1", chapter: null, number: 1, label: "Điều 1", title: "Mục tiêu" },
      { id: "d2", chapter: null, number: 2, label: "Điều 2", title: "Nhiệm vụ trọng tâm" },
    ]);
  });

  test("a repeated heading (table of contents) keeps a distinct id", () => {
    const ids = findClauseHeadings(["Điều 1. Mục tiêu", "Điều 1. Mục tiêu"]).map((clause) => clause.id);
    expect(ids).toEqual(["d1", "d1-2"]);
  });

  test("chapter headings in capitals, with separators or arabic numbers; sentences about chapters are not headings", () => {
    const clauses = findClauseHeadings([
      "CHƯƠNG IV QUY ĐỊNH CHUNG",
      "Điều 10. A",
      "Chương V - Điều khoản thi hành",
      "Chương IV quy định trách nhiệm.",
      "Điều 11. B",
      "Chương 6",
      "Điều 12. C",
      "Chương IIII",
      "Điều 13. D",
    ]);
    expect(clauses.map((clause) => [clause.id, clause.chapter])).toEqual([
      ["c4-d10", "Chương IV"],
      ["c5-d11", "Chương V"],
      ["c6-d12", "Chương 6"],
      ["c6-d13", "Chương 6"],
    ]);
  });

  test("a heading without a title, extra spaces and invisible characters", () => {
    expect(findClauseHeadings(["\u00a0\u200bĐiều   7 .  ", "Điều 0. không", "điều khoản 8. không"])).toEqual([
      { id: "d7", chapter: null, number: 7, label: "Điều 7", title: "" },
    ]);
  });
});

describe("parseRomanNumeral", () => {
  test("canonical numerals only", () => {
    expect(["I", "IV", "IX", "XIV", "XL", "MCMXCIX"].map(parseRomanNumeral)).toEqual([1, 4, 9, 14, 40, 1999]);
    expect(["", "IIII", "IC", "VX", "i"].map(parseRomanNumeral)).toEqual([null, null, null, null, null]);
  });
});
