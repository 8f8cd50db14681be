import { describe, expect, test } from "vitest";
import { scoreTargetLeaves } from "../../../src/domain/scoring/calculate/score-target-leaves.js";

const entry = (result: number, target: number) => ({ leafId: "T", assigned: true, result, target });
const rounded = (points: Map<string, number>) =>
  Object.fromEntries([...points].map(([id, value]) => [id, Math.round(value * 10_000) / 10_000]));

describe("scoreTargetLeaves (max 10)", () => {
  const units = [
    { unitId: "A", entry: entry(80, 100) }, // below: 0.5 × 10 × 0.8 = 4
    { unitId: "B", entry: entry(100, 100) }, // on target: 5
    { unitId: "C", entry: entry(130, 100) }, // excess 0.3, the largest: 10
    { unitId: "D", entry: entry(220, 200) }, // excess 0.1: 5 + 0.1 ÷ 0.3 × 5 = 6.6667
    { unitId: "E", entry: entry(150, 120) }, // excess 0.25: 5 + 0.25 ÷ 0.3 × 5 = 9.1667
    { unitId: "F", entry: { leafId: "T", assigned: false } }, // not assigned: no points at all
  ];

  test("below, on and over target against the leader's excess, each unit with its own target", () => {
    const scores = scoreTargetLeaves({ maxPoints: 10 }, units);
    expect(rounded(scores.points)).toEqual({ A: 4, B: 5, C: 10, D: 6.6667, E: 9.1667 });
    expect(scores.provisional).toBe(false);
    expect(scores.pendingUnitIds).toEqual([]);
  });

  test("two leaders on the same excess both get max", () => {
    const scores = scoreTargetLeaves({ maxPoints: 10 }, [...units, { unitId: "G", entry: entry(65, 50) }]);
    expect(rounded(scores.points)).toMatchObject({ C: 10, G: 10, D: 6.6667 }); // 65 ÷ 50 = 1.3, as C
  });

  test("a missing result makes the leaf provisional; the points change when it comes in", () => {
    const waiting = scoreTargetLeaves({ maxPoints: 10 }, [...units, { unitId: "H", entry: undefined }]);
    expect(waiting.provisional).toBe(true);
    expect(waiting.pendingUnitIds).toEqual(["H"]);
    expect(rounded(waiting.points)).toMatchObject({ C: 10, H: 0 });
    // H exceeds by 1.0 and becomes the leader: C 5 + 0.3 × 5 = 6.5, D 5 + 0.1 × 5 = 5.5, E 5 + 0.25 × 5 = 6.25.
    const all = scoreTargetLeaves({ maxPoints: 10 }, [...units, { unitId: "H", entry: entry(200, 100) }]);
    expect(all.provisional).toBe(false);
    expect(rounded(all.points)).toEqual({ A: 4, B: 5, C: 6.5, D: 5.5, E: 6.25, H: 10 });
  });

  test("nobody over target: everyone on the below/on formula", () => {
    const scores = scoreTargetLeaves({ maxPoints: 20 }, [
      { unitId: "A", entry: entry(50, 100) }, // 0.5 × 20 × 0.5 = 5
      { unitId: "B", entry: entry(100, 100) }, // 10
      { unitId: "C", entry: entry(0, 100) }, // 0
    ]);
    expect(rounded(scores.points)).toEqual({ A: 5, B: 10, C: 0 });
  });
});
