import { describe, expect, test } from "vitest";
import { readLocaleFile } from "../../../src/i18n/translator.js";
import {
  scoringErrorCodes,
  scoringErrorKey,
  validateEntry,
} from "../../../src/domain/scoring/calculate/validate-entry.js";
import type { LeafEntry, ScaleNodeInput } from "../../../src/domain/scoring/calculate/scoring-types.js";

const node = (over: Partial<ScaleNodeInput> & Pick<ScaleNodeInput, "kind" | "maxPoints">): ScaleNodeInput => ({
  id: "L",
  parentId: null,
  code: "II.3",
  title: "leaf",
  isBonus: false,
  ...over,
});
const codes = (leaf: ScaleNodeInput, entry: Partial<LeafEntry>) =>
  validateEntry(leaf, { leafId: leaf.id, assigned: true, ...entry }).map((e) => e.code);

describe("validateEntry", () => {
  const direct = node({ kind: "direct", maxPoints: 10 });

  test("direct points: over max, negative, not a number, missing", () => {
    expect(codes(direct, { points: 10 })).toEqual([]);
    expect(codes(direct, { points: 0 })).toEqual([]);
    expect(codes(direct, { points: 10.5 })).toEqual(["over_max"]);
    expect(codes(direct, { points: -1 })).toEqual(["negative"]);
    expect(codes(direct, { points: Number.NaN })).toEqual(["not_a_number"]);
    expect(codes(direct, { points: "7" as unknown as number })).toEqual(["not_a_number"]);
    expect(codes(direct, {})).toEqual(["missing_value"]);
  });

  test("the error carries the leaf's code and bounds for the message", () => {
    expect(validateEntry(direct, { leafId: "L", assigned: true, points: 11 })).toEqual([
      { leafId: "L", code: "over_max", params: { leaf: "II.3", min: 0, max: 10 } },
    ]);
  });

  test("per occurrence: the count is a whole number ≥ 0; beyond the cap is scored, not refused", () => {
    const bonus = node({ kind: "per_occurrence", maxPoints: 6, pointsPerOccurrence: 2 });
    expect(codes(bonus, { count: 7 })).toEqual([]);
    expect(codes(bonus, { count: 2.5 })).toEqual(["count_out_of_range"]);
    expect(codes(bonus, { count: -1 })).toEqual(["count_out_of_range"]);
  });

  test("against target: result not negative, target above 0", () => {
    const target = node({ kind: "target", maxPoints: 20 });
    expect(codes(target, { result: 0, target: 100 })).toEqual([]);
    expect(codes(target, { result: -5, target: 0 })).toEqual(["negative", "target_not_positive"]);
    expect(codes(target, { result: 5 })).toEqual(["missing_value"]);
  });

  test("a deduction bound to the reporting record: points between its min and 0", () => {
    const leaf = node({
      kind: "per_occurrence",
      maxPoints: 0,
      minPoints: -10,
      pointsPerOccurrence: -1,
      reportingBinding: { latePoints: -1, missingPoints: -2 },
    });
    expect(codes(leaf, { points: -4 })).toEqual([]);
    expect(codes(leaf, { points: -12 })).toEqual(["under_min"]);
    expect(codes(leaf, { points: 1 })).toEqual(["over_max"]);
    expect(codes(leaf, {})).toEqual([]); // pre-filled from the record
  });

  test("a leaf not assigned takes no figures; a section is not scored directly", () => {
    expect(validateEntry(direct, { leafId: "L", assigned: false, points: 99 })).toEqual([]);
    expect(codes(node({ kind: "section", maxPoints: 30 }), { points: 1 })).toEqual(["not_a_leaf"]);
    expect(codes(node({ kind: "pass_fail", maxPoints: 5 }), {})).toEqual(["missing_value"]);
  });

  test.each(["vi", "en"] as const)("every error code has its %s text", (locale) => {
    const texts = readLocaleFile(locale);
    for (const code of scoringErrorCodes) expect(texts, code).toHaveProperty([scoringErrorKey(code)]);
  });
});
