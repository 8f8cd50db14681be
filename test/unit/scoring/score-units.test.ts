import { describe, expect, test } from "vitest";
import { effectiveLayer } from "../../../src/domain/scoring/calculate/effective-layer.js";
import { scoreUnits } from "../../../src/domain/scoring/calculate/score-units.js";
import type { UnitScoringInput } from "../../../src/domain/scoring/calculate/scoring-types.js";
import { e, exampleScale, notAssigned } from "./scoring-fixture.js";

const r2 = (value: number | null) => (value === null ? null : Math.round(value * 100) / 100);

// I.3 against target: U1 150/100 leads (excess 0.5) → 20; U2 125/100 → 10 + 0.25 ÷ 0.5 × 10 = 15; U3 90/100 → 9.
const u1: UnitScoringInput = {
  unitId: "u1",
  name: "Sở A",
  // I: 10 + 20 + 20 = 50 → cap 45. II: 18 + (10 − 1 late) + 0 = 27. Bonus T: 6 + 3 = 9 → cap 5. 45 + 27 + 5 = 77.
  self: [
    e("I.1", { passed: true }),
    e("I.2", { points: 20 }),
    e("I.3", { result: 150, target: 100 }),
    e("II.1", { points: 18 }),
    e("II.3", { count: 0 }),
    e("T.1", { count: 2 }),
    e("T.2", { points: 3 }),
  ],
  reporting: { late: 1, missing: 0 },
};
const u2: UnitScoringInput = {
  unitId: "u2",
  name: "Sở B",
  // I: 10 + 15 (review, below self's 20) + 15 = 40. II: 20 + 8 (review over the pre-fill 10) − 2 = 26.
  // Bonus 3. 40 + 26 + 3 = 69.
  self: [
    e("I.1", { passed: true }),
    e("I.2", { points: 20 }),
    e("I.3", { result: 125, target: 100 }),
    e("II.1", { points: 20 }),
    e("II.3", { count: 1 }),
    e("T.1", { count: 1 }),
  ],
  review: [e("I.2", { points: 15 }), e("II.2", { points: 8 })],
  reporting: { late: 0, missing: 0 },
};
const u3: UnitScoringInput = {
  unitId: "u3",
  name: "Sở C",
  // I: 0 + 20 + 9 = 29. II: 20 + (10 − 2 − 6) + max(−10, −6) = 16. 29 + 16 = 45.
  self: [
    e("I.1", { passed: false }),
    e("I.2", { points: 20 }),
    e("I.3", { result: 90, target: 100 }),
    e("II.1", { points: 20 }),
    e("II.3", { count: 5 }),
  ],
  reporting: { late: 2, missing: 3 },
};
const u4Input: UnitScoringInput = {
  unitId: "u4",
  name: "Sở D",
  // I.3 and II.1 not assigned: I 10 + 20 = 30 of 30, II 10 of 10 → assigned max 40. Bonus 5. 30 + 10 + 5 = 45.
  self: [
    e("I.1", { passed: true }),
    e("I.2", { points: 20 }),
    notAssigned("I.3"),
    notAssigned("II.1"),
    e("T.2", { points: 5 }),
  ],
  reporting: { late: 0, missing: 0 },
  // The final layer overrides the review: II.3 was reviewed to 2 occurrences, the final word is none.
  review: [e("II.3", { count: 2 })],
  final: [e("II.3", { count: 0 })],
};

describe("scoreUnits", () => {
  const result = scoreUnits(exampleScale, [u1, u2, u3, u4Input]);
  const byId = new Map(result.units.map((unit) => [unit.unitId, unit]));

  test("totals: section caps, the bonus cap, deductions, the reviewed figure", () => {
    const figures = result.units.map((u) => [u.unitId, u.base, u.bonusRaw, u.bonus, r2(u.total), u.assignedMax]);
    expect(figures).toEqual([
      ["u4", 40, 5, 5, 45, 40],
      ["u1", 72, 9, 5, 77, 75],
      ["u2", 66, 3, 3, 69, 75],
      ["u3", 45, 0, 0, 45, 75],
    ]);
    expect(byId.get("u1")!.tree.node("I")).toEqual({ points: 45, max: 45 });
    expect(byId.get("u2")!.tree.leaf("I.2")).toMatchObject({ points: 15, layer: "review" });
    expect(byId.get("u2")!.tree.leaf("II.2")).toMatchObject({ points: 8, layer: "review" });
    expect(byId.get("u3")!.tree.node("II.3")).toEqual({ points: -6, max: 0 });
    expect(byId.get("u4")!.tree.leaf("II.3")).toMatchObject({ points: 0, layer: "final" });
  });

  test("not-assigned leaves: the result is points ÷ assigned points × 100 %, and that ranks", () => {
    // u4 45 ÷ 40 = 112.5 %; u1 77 ÷ 75 = 102.67 %; u2 69 ÷ 75 = 92 %; u3 45 ÷ 75 = 60 %.
    expect(result.units.map((u) => [u.unitId, r2(u.percent), u.rank, u.band])).toEqual([
      ["u4", 112.5, 1, "xuat_sac"],
      ["u1", 102.67, 2, "xuat_sac"],
      ["u2", 92, 3, "tot"],
      ["u3", 60, 4, "trung_binh"],
    ]);
    expect(byId.get("u4")!.tree.node("I")).toEqual({ points: 30, max: 30 });
    expect(result.provisional).toBe(false);
    // 7 + 6 + 2 + 5 + 5 + 1 + 1 entries across all layers.
    expect(result.entriesProcessed).toBe(27);
  });

  test("a missing sheet makes the ranking provisional and the target leaf waits on it", () => {
    const partial = scoreUnits(exampleScale, [u1, u2, { ...u3, self: null }, u4Input]);
    expect(partial.provisional).toBe(true);
    expect(partial.missingSheets).toEqual(["u3"]);
    expect(partial.pendingTargetLeaves).toEqual([{ leafId: "I.3", code: "I.3", unitIds: ["u3"] }]);
    const u3Partial = partial.units.find((u) => u.unitId === "u3")!;
    // Only the reporting pre-fill: II.2 = 10 − 2 − 6 = 2.
    expect([u3Partial.total, u3Partial.rank, u3Partial.sheetIn]).toEqual([2, 4, false]);
  });

  test("a sheet in with the target leaf left blank scores 0 on it and is not waited for", () => {
    const blank = scoreUnits(exampleScale, [
      u1,
      u2,
      { ...u3, self: u3.self!.filter((x) => x.leafId !== "I.3") },
      u4Input,
    ]);
    expect(blank.provisional).toBe(false);
    expect(blank.units.find((u) => u.unitId === "u3")!.total).toBe(36); // 45 − 9
  });
});

describe("effectiveLayer", () => {
  test("final over review over self, per leaf; a lower review is not outvoted by a higher self", () => {
    const layered = effectiveLayer({
      self: [e("a", { points: 9 }), e("b", { points: 7 }), e("c", { points: 5 })],
      review: [e("a", { points: 6 }), e("b", { points: 8 })],
      final: [e("b", { points: 4 })],
    });
    expect([...layered].map(([id, { entry, layer }]) => [id, entry.points, layer])).toEqual([
      ["a", 6, "review"],
      ["b", 4, "final"],
      ["c", 5, "self"],
    ]);
  });

  test("a leaf not assigned to the unit shows as such in its tree", () => {
    const u4 = scoreUnits(exampleScale, [u1, u4Input]).units.find((u) => u.unitId === "u4")!;
    expect(u4.tree.leaf("I.3")).toEqual({ leafId: "I.3", assigned: false, points: 0, max: 0, layer: "self" });
  });
});

describe("bonus leaves inside a section", () => {
  test("a bonus leaf under a normal section goes to the bonus pool, not to the section or the assigned max", () => {
    const scale = {
      ...exampleScale,
      nodes: [
        ...exampleScale.nodes.filter((node) => !node.id.startsWith("T")),
        { id: "II.9", parentId: "II", code: "II.9", title: "", kind: "direct" as const, maxPoints: 4, isBonus: true },
      ],
      bonusCap: 3,
    };
    const unit: UnitScoringInput = {
      unitId: "x",
      name: "Sở X",
      // II: 20 + 10 (no late, no missing) + 0 = 30 (the 4 bonus points are not in it). Bonus 4 → cap 3.
      self: [e("II.1", { points: 20 }), e("II.3", { count: 0 }), e("II.9", { points: 4 })],
      reporting: { late: 0, missing: 0 },
    };
    const [x] = scoreUnits(scale, [unit]).units;
    expect(x!.tree.node("II")).toEqual({ points: 30, max: 30 });
    expect([x!.base, x!.bonusRaw, x!.bonus, x!.total, x!.assignedMax]).toEqual([30, 4, 3, 33, 75]);
  });
});
