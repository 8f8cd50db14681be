import { classifyBand } from "./classify-band.js";
import { effectiveLayer, type EffectiveEntry } from "./effective-layer.js";
import { indexScale, type ScaleIndex } from "./index-scale.js";
import { percentOfAssigned } from "./percent-of-assigned.js";
import { rankUnits, type RankInput } from "./rank-units.js";
import { scoreLeaf } from "./score-leaf.js";
import { scoreTargetLeaves } from "./score-target-leaves.js";
import type { BandKey, LeafScore, ScaleForScoring, ScoringLayer, UnitScoringInput } from "./scoring-types.js";
import { sumTree, type NodeTotal } from "./sum-tree.js";

export type UnitScore = {
  unitId: string;
  name: string;
  rank: number;
  band: BandKey | null;
  // base + bonus; share = total ÷ assignedMax, percent = share × 100.
  total: number;
  base: number;
  bonusRaw: number;
  bonus: number;
  assignedMax: number;
  share: number | null;
  percent: number | null;
  sheetIn: boolean;
  nodes: Map<string, NodeTotal>;
  // layer null: no sheet had the leaf (scored as assigned, nothing achieved).
  leaves: Map<string, LeafScore & { layer: ScoringLayer | null }>;
};

export type ScoringResult = {
  // Best first.
  units: UnitScore[];
  // True while a sheet is missing or a target leaf waits on a result: the order may still change.
  provisional: boolean;
  pendingTargetLeaves: { leafId: string; code: string; unitIds: string[] }[];
  missingSheets: string[];
  // Entries read from every layer of every sheet (the engine's "rows read").
  entriesProcessed: number;
};

type Effective = { unit: UnitScoringInput; entries: Map<string, EffectiveEntry>; sheetIn: boolean };

// The whole year-end calculation for a bloc: effective layer per leaf, target leaves across units, reporting
// deductions, sums, shares, ranks and bands. Pure: the same inputs give the same table.
export function scoreUnits(scale: ScaleForScoring, units: UnitScoringInput[]): ScoringResult {
  const index = indexScale(scale.nodes);
  let entriesProcessed = 0;
  const effective: Effective[] = units.map((unit) => {
    entriesProcessed += (unit.self?.length ?? 0) + (unit.review?.length ?? 0) + (unit.final?.length ?? 0);
    const sheetIn = unit.self !== null || (unit.review?.length ?? 0) > 0 || (unit.final?.length ?? 0) > 0;
    return { unit, entries: effectiveLayer(unit), sheetIn };
  });
  const { targetPoints, pendingTargetLeaves } = scoreAllTargetLeaves(index, effective);
  const sectionCodes = scale.tieRule.order.flatMap((key) =>
    key.startsWith("section:") ? [key.slice("section:".length)] : [],
  );
  const scored = effective.map((item) => scoreOneUnit(index, scale, item, targetPoints, sectionCodes));
  const ranks = new Map(
    rankUnits(
      scored.map((s) => s.rankInput),
      scale.tieRule,
    ).map((r) => [r.unitId, r.rank]),
  );
  // rankUnits returns best first (ties alphabetical); the Map keeps that order.
  const order = new Map([...ranks.keys()].map((id, position) => [id, position]));
  const results = scored
    .map(({ score }) => ({ ...score, rank: ranks.get(score.unitId)! }))
    .sort((a, b) => order.get(a.unitId)! - order.get(b.unitId)!);
  const missingSheets = effective.filter((item) => !item.sheetIn).map((item) => item.unit.unitId);
  return {
    units: results,
    provisional: missingSheets.length > 0 || pendingTargetLeaves.length > 0,
    pendingTargetLeaves,
    missingSheets,
    entriesProcessed,
  };
}

// A unit whose sheet is in but left a target leaf blank achieved nothing on it (share 0); only a unit whose
// sheet is not in keeps the leaf, and everyone's points on it, waiting.
function scoreAllTargetLeaves(index: ScaleIndex, effective: Effective[]) {
  const targetPoints = new Map<string, Map<string, number>>();
  const pendingTargetLeaves: ScoringResult["pendingTargetLeaves"] = [];
  for (const leaf of index.leaves) {
    if (leaf.kind !== "target") continue;
    const inputs = effective.map(({ unit, entries, sheetIn }) => {
      const entry = entries.get(leaf.id)?.entry;
      const blank = !entry || (entry.assigned && (entry.result === undefined || entry.target === undefined));
      return {
        unitId: unit.unitId,
        entry: sheetIn && blank ? { leafId: leaf.id, assigned: true, result: 0, target: 1 } : entry,
      };
    });
    const scores = scoreTargetLeaves(leaf, inputs);
    targetPoints.set(leaf.id, scores.points);
    if (scores.provisional)
      pendingTargetLeaves.push({ leafId: leaf.id, code: leaf.code, unitIds: scores.pendingUnitIds });
  }
  return { targetPoints, pendingTargetLeaves };
}

function scoreOneUnit(
  index: ScaleIndex,
  scale: ScaleForScoring,
  { unit, entries, sheetIn }: Effective,
  targetPoints: Map<string, Map<string, number>>,
  sectionCodes: string[],
): { score: Omit<UnitScore, "rank">; rankInput: RankInput } {
  const leafScores = new Map<string, LeafScore & { layer: ScoringLayer | null }>();
  for (const leaf of index.leaves) {
    const effective = entries.get(leaf.id);
    const context = { targetPoints: targetPoints.get(leaf.id)?.get(unit.unitId), reporting: unit.reporting };
    leafScores.set(leaf.id, { ...scoreLeaf(leaf, effective?.entry, context), layer: effective?.layer ?? null });
  }
  const totals = sumTree(index, leafScores, scale.bonusCap);
  const share = totals.assignedMax > 0 ? totals.total / totals.assignedMax : null;
  const sectionShares: Record<string, number | null> = {};
  for (const code of sectionCodes) {
    const node = index.byCode.get(code);
    const total = node ? totals.nodes.get(node.id) : undefined;
    sectionShares[code] = total && total.max > 0 ? total.points / total.max : null;
  }
  const score: Omit<UnitScore, "rank"> = {
    unitId: unit.unitId,
    name: unit.name,
    band: classifyBand(share, scale.bands),
    total: totals.total,
    base: totals.base,
    bonusRaw: totals.bonusRaw,
    bonus: totals.bonus,
    assignedMax: totals.assignedMax,
    share,
    percent: percentOfAssigned(totals.total, totals.assignedMax),
    sheetIn,
    nodes: totals.nodes,
    leaves: leafScores,
  };
  return { score, rankInput: { unitId: unit.unitId, name: unit.name, points: totals.total, share, sectionShares } };
}
