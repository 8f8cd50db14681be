// Plain inputs of the year-end scoring engine: no Prisma, no Telegram, so the scale (as data), the sheets and the
// reporting record can come from anywhere (database, import file, test) and be scored the same way.

export type LeafKind = "pass_fail" | "direct" | "per_occurrence" | "target";
export type ScaleNodeKind = "section" | LeafKind;

// Signed points per late / missing report (−0.5, −1): a bound leaf starts at its maxPoints and these are added.
export type ReportingBinding = { latePoints: number; missingPoints: number };

export type ScaleNodeInput = {
  id: string;
  parentId: string | null;
  code: string;
  title: string;
  kind: ScaleNodeKind;
  maxPoints: number;
  // Floor of the node; without it 0 when maxPoints > 0, none when maxPoints ≤ 0 (a deductions-only node).
  minPoints?: number;
  pointsPerOccurrence?: number;
  // A bonus node and everything under it goes to the bonus pool (capped by bonusCap), not to its parent's sum.
  isBonus: boolean;
  reportingBinding?: ReportingBinding;
};

// Ranking keys, compared in order: "total" (share of the assigned max, bonus included), "points" (raw total),
// "section:<code>" (that section's share of its assigned max), "name" (alphabetical, ascending).
export type TieKey = "total" | "points" | "name" | `section:${string}`;
export type TieRule = { order: TieKey[] };

export type BandKey = "xuat_sac" | "tot" | "kha" | "trung_binh" | "yeu" | (string & {});
// minShare is a share of the unit's assigned max (0.95 = 95 %).
export type Band = { key: BandKey; minShare: number };

export type ScaleForScoring = {
  nodes: ScaleNodeInput[];
  bonusCap: number | null;
  tieRule: TieRule;
  bands: Band[];
};

// One unit's figure for one leaf in one layer. assigned false: the leaf does not apply to this unit.
export type LeafEntry = {
  leafId: string;
  assigned: boolean;
  passed?: boolean;
  points?: number;
  count?: number;
  result?: number;
  target?: number;
};

export type ScoringLayer = "self" | "review" | "final";

export type ReportingRecord = { late: number; missing: number };

// self null: the unit has not sent its sheet yet (a target leaf is then provisional for everyone).
export type UnitScoringInput = {
  unitId: string;
  name: string;
  self: LeafEntry[] | null;
  review?: LeafEntry[];
  final?: LeafEntry[];
  reporting?: ReportingRecord;
};

export type LeafScore = { leafId: string; assigned: boolean; points: number; max: number };
