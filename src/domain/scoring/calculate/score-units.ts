import { classifyBand } from "./classify-band.js";
import { placeEffectiveLayer } from "./effective-layer.js";
import { indexScale, type ScaleIndex } from "./index-scale.js";
import { percentOfAssigned } from "./percent-of-assigned.js";
import { rankUnits, type RankInput } from "./rank-units.js";
import { ScoredTree } from "./scored-tree.js";
import { scoreLeafPoints } from "./score-leaf.js";
import { scoreTargetLeaves } from "./score-target-leaves.js";
import type { BandKey, LeafEntry, ScaleForScoring, UnitScoringInput } from "./scoring-types.js";
import { sumTree } from "./sum-tree.js";

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
  // tree.node(id), tree.leaf(id): points, assigned max and, for a leaf, the layer its figure came from.
  tree: ScoredTree;
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

type Effective = { unit: UnitScoringInput; entries: (LeafEntry | undefined)[]; layers: Int8Array; sheetIn: boolean };

// The whole year-end calculation for a bloc: effective layer per leaf, target leaves across units, reporting
// deductions, sums, shares, ranks and bands. Pure: the same inputs give the same table.
export function scoreUnits(scale: ScaleForScoring, units: UnitScoringInput[]): ScoringResult {
  const index = indexScale(scale.nodes);
  let entriesProcessed = 0;
  const effective: Effective[] = units.map((unit) => {
    entriesProcessed += (unit.self?.length ?? 0) + (unit.review?.length ?? 0) + (unit.final?.length ?? 0);
    const sheetIn = unit.self !== null || (unit.review?.length ?? 0) > 0 || (unit.final?.length ?? 0) > 0;
    const entries = new Array<LeafEntry | undefined>(index.nodes.length);
    const layers = new Int8Array(index.nodes.length).fill(-1);
    placeEffectiveLayer(unit, index.position, entries, layers);
    return { unit, entries, layers, sheetIn };
  });
  const { targetPoints, pendingTargetLeaves } = scoreAllTargetLeaves(index, effective);
  const sectionCodes = scale.tieRule.order.flatMap((key) =>
    key.startsWith("section:") ? [key.slice("section:".length)] : [],
  );
  const scored = effective.map((item) => scoreOneUnit(index, scale, item, targetPoints, sectionCodes));
  const ranked = rankUnits(
    scored.map((s) => s.rankInput),
    scale.tieRule,
  );
  const byId = new Map(scored.map(({ score }) => [score.unitId, score]));
  // rankUnits returns best first, ties alphabetical.
  const results = ranked.map(({ unitId, rank }) => ({ ...byId.get(unitId)!, rank }));
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
  const targetPoints = new Map<number, Map<string, number>>();
  const pendingTargetLeaves: ScoringResult["pendingTargetLeaves"] = [];
  for (const i of index.leaves) {
    const leaf = index.nodes[i]!;
    if (leaf.kind !== "target") continue;
    const inputs = effective.map(({ unit, entries, sheetIn }) => {
      const entry = entries[i];
      const blank = !entry || (entry.assigned && (entry.result === undefined || entry.target === undefined));
      const zero = { leafId: leaf.id, assigned: true, result: 0, target: 1 };
      return { unitId: unit.unitId, entry: sheetIn && blank ? zero : entry };
    });
    const scores = scoreTargetLeaves(leaf, inputs);
    targetPoints.set(i, scores.points);
    if (scores.provisional)
      pendingTargetLeaves.push({ leafId: leaf.id, code: leaf.code, unitIds: scores.pendingUnitIds });
  }
  return { targetPoints, pendingTargetLeaves };
}

function scoreOneUnit(
  index: ScaleIndex,
  scale: ScaleForScoring,
  { unit, entries, layers, sheetIn }: Effective,
  targetPoints: Map<number, Map<string, number>>,
  sectionCodes: string[],
): { score: Omit<UnitScore, "rank">; rankInput: RankInput } {
  const size = index.nodes.length;
  const figures = { points: new Float64Array(size), max: new Float64Array(size) };
  const assigned = new Uint8Array(size);
  for (const i of index.leaves) {
    const leaf = index.nodes[i]!;
    const entry = entries[i];
    if (entry && !entry.assigned) continue;
    assigned[i] = 1;
    const target = leaf.kind === "target" ? targetPoints.get(i)?.get(unit.unitId) : undefined;
    figures.points[i] = scoreLeafPoints(leaf, entry, target, unit.reporting);
    figures.max[i] = Math.max(0, leaf.maxPoints);
  }
  const totals = sumTree(index, figures, scale.bonusCap);
  const share = totals.assignedMax > 0 ? totals.total / totals.assignedMax : null;
  const sectionShares: Record<string, number | null> = {};
  for (const code of sectionCodes) {
    const node = index.byCode.get(code);
    const i = node ? index.position.get(node.id)! : -1;
    sectionShares[code] = i >= 0 && totals.max[i]! > 0 ? totals.points[i]! / totals.max[i]! : null;
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
    tree: new ScoredTree(index, totals.points, totals.max, assigned, layers),
  };
  return { score, rankInput: { unitId: unit.unitId, name: unit.name, points: totals.total, share, sectionShares } };
}
