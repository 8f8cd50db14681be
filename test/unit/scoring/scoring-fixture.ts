import type {
  LeafEntry,
  ScaleForScoring,
  ScaleNodeInput,
} from "../../../src/domain/scoring/calculate/scoring-types.js";

const n = (over: Partial<ScaleNodeInput> & Pick<ScaleNodeInput, "id" | "kind" | "maxPoints">): ScaleNodeInput => ({
  parentId: null,
  code: over.id,
  title: over.id,
  isBonus: false,
  ...over,
});

// Section I is over-provisioned (children 10 + 20 + 20 = 50, capped at 45), so the base max is 45 + 30 = 75.
export const exampleScale: ScaleForScoring = {
  nodes: [
    n({ id: "I", kind: "section", maxPoints: 45 }),
    n({ id: "I.1", parentId: "I", kind: "pass_fail", maxPoints: 10 }),
    n({ id: "I.2", parentId: "I", kind: "direct", maxPoints: 20 }),
    n({ id: "I.3", parentId: "I", kind: "target", maxPoints: 20 }),
    n({ id: "II", kind: "section", maxPoints: 30 }),
    n({ id: "II.1", parentId: "II", kind: "direct", maxPoints: 20 }),
    n({
      id: "II.2",
      parentId: "II",
      kind: "direct",
      maxPoints: 10,
      reportingBinding: { latePoints: -1, missingPoints: -2 },
    }),
    n({ id: "II.3", parentId: "II", kind: "per_occurrence", maxPoints: 0, minPoints: -6, pointsPerOccurrence: -2 }),
    n({ id: "T", kind: "section", maxPoints: 10, isBonus: true }),
    n({ id: "T.1", parentId: "T", kind: "per_occurrence", maxPoints: 9, pointsPerOccurrence: 3 }),
    n({ id: "T.2", parentId: "T", kind: "direct", maxPoints: 5, isBonus: true }),
  ],
  bonusCap: 5,
  tieRule: { order: ["total", "section:I"] },
  bands: [
    { key: "tot", minShare: 0.8 },
    { key: "xuat_sac", minShare: 0.95 },
    { key: "kha", minShare: 0.65 },
    { key: "trung_binh", minShare: 0.5 },
  ],
};

export const e = (leafId: string, figures: Omit<Partial<LeafEntry>, "leafId"> = {}): LeafEntry => ({
  leafId,
  assigned: true,
  ...figures,
});
export const notAssigned = (leafId: string): LeafEntry => ({ leafId, assigned: false });
