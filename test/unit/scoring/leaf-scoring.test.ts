import { describe, expect, test } from "vitest";
import { computeDeduction } from "../../../src/domain/scoring/calculate/compute-deduction.js";
import { prefillReportingEntries } from "../../../src/domain/scoring/calculate/prefill-reporting-entries.js";
import { scoreLeaf } from "../../../src/domain/scoring/calculate/score-leaf.js";
import type { ScaleNodeInput } from "../../../src/domain/scoring/calculate/scoring-types.js";

const leaf = (over: Partial<ScaleNodeInput> & Pick<ScaleNodeInput, "kind" | "maxPoints">): ScaleNodeInput => ({
  id: "L",
  parentId: null,
  code: "1.1",
  title: "leaf",
  isBonus: false,
  ...over,
});
const points = (node: ScaleNodeInput, entry: object | undefined, context = {}) =>
  scoreLeaf(node, entry && { leafId: node.id, assigned: true, ...entry }, context).points;

describe("scoreLeaf", () => {
  test("pass/fail gives full points when passed, 0 otherwise", () => {
    const node = leaf({ kind: "pass_fail", maxPoints: 10 });
    expect(points(node, { passed: true })).toBe(10);
    expect(points(node, { passed: false })).toBe(0);
    expect(points(node, undefined)).toBe(0);
  });

  test("direct points stay within 0…max ('5 điểm/buổi' up to 20)", () => {
    const node = leaf({ kind: "direct", maxPoints: 20 });
    expect(points(node, { points: 15 })).toBe(15); // 3 sessions × 5
    expect(points(node, { points: 25 })).toBe(20); // 5 sessions × 5, capped
    expect(points(node, { points: -3 })).toBe(0);
  });

  test("per occurrence is count × points within min/max, for bonuses and deductions", () => {
    const bonus = leaf({ kind: "per_occurrence", maxPoints: 6, pointsPerOccurrence: 2 });
    expect(points(bonus, { count: 2 })).toBe(4); // 2 × 2
    expect(points(bonus, { count: 5 })).toBe(6); // 10, capped at 6
    const deduction = leaf({ kind: "per_occurrence", maxPoints: 0, minPoints: -6, pointsPerOccurrence: -2 });
    expect(points(deduction, { count: 2 })).toBe(-4); // 2 × −2
    expect(points(deduction, { count: 5 })).toBe(-6); // −10, floored at −6
    const unbounded = leaf({ kind: "per_occurrence", maxPoints: 0, pointsPerOccurrence: -2 });
    expect(points(unbounded, { count: 5 })).toBe(-10); // no minPoints on a deductions-only leaf: no floor
  });

  test("a target leaf alone gets the part it is sure of; the leader's share comes from scoreTargetLeaves", () => {
    const node = leaf({ kind: "target", maxPoints: 20 });
    expect(points(node, { result: 80, target: 100 })).toBe(8); // 0.5 × 20 × 0.8
    expect(points(node, { result: 130, target: 100 })).toBe(10); // 0.5 × 20 until the others are known
    expect(points(node, { result: 130, target: 100 }, { targetPoints: 17.5 })).toBe(17.5);
  });

  test("a leaf not assigned adds neither points nor max", () => {
    const node = leaf({ kind: "direct", maxPoints: 20 });
    expect(scoreLeaf(node, { leafId: "L", assigned: false, points: 12 })).toEqual({
      leafId: "L",
      assigned: false,
      points: 0,
      max: 0,
    });
    expect(scoreLeaf(node, { leafId: "L", assigned: true, points: 12 }).max).toBe(20);
  });
});

describe("reporting record → deduction", () => {
  const compliance = leaf({ kind: "direct", maxPoints: 5, reportingBinding: { latePoints: -0.5, missingPoints: -1 } });
  const deductions = leaf({
    kind: "per_occurrence",
    maxPoints: 0,
    minPoints: -10,
    pointsPerOccurrence: -1,
    reportingBinding: { latePoints: -1, missingPoints: -2 },
  });

  test("a leaf worth points starts full and loses points per late and missing report, not below its floor", () => {
    expect(computeDeduction(compliance, { late: 3, missing: 1 })).toBe(2.5); // 5 − 3 × 0.5 − 1 × 1
    expect(computeDeduction(compliance, { late: 0, missing: 0 })).toBe(5);
    expect(computeDeduction(compliance, { late: 4, missing: 4 })).toBe(0); // 5 − 2 − 4 = −1 → floor 0
  });

  test("a deductions-only leaf goes down from 0 to its minPoints", () => {
    expect(computeDeduction(deductions, { late: 2, missing: 1 })).toBe(-4); // −2 − 2
    expect(computeDeduction(deductions, { late: 6, missing: 3 })).toBe(-10); // −12 → min −10
  });

  test("the record pre-fills the leaf; points in the sheet (a correction) win", () => {
    expect(points(compliance, undefined, { reporting: { late: 1, missing: 1 } })).toBe(3.5); // 5 − 0.5 − 1
    expect(points(compliance, { points: 4 }, { reporting: { late: 1, missing: 1 } })).toBe(4);
    expect(points(deductions, undefined, { reporting: { late: 2, missing: 0 } })).toBe(-2);
    expect(prefillReportingEntries([compliance, { ...deductions, id: "D" }], { late: 2, missing: 1 })).toEqual([
      { leafId: "L", assigned: true, points: 3 }, // 5 − 1 − 1
      { leafId: "D", assigned: true, points: -4 }, // −2 − 2
    ]);
  });
});
