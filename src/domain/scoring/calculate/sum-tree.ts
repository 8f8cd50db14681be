import type { ScaleIndex } from "./index-scale.js";
import { clampPoints } from "./leaf-floor.js";
import type { LeafScore } from "./scoring-types.js";

export type NodeTotal = { points: number; max: number };

export type TreeTotals = {
  nodes: Map<string, NodeTotal>;
  // Sum of the non-bonus top sections, and of their assigned max: the denominator of every share.
  base: number;
  assignedMax: number;
  bonusRaw: number;
  // bonusRaw within the scale's bonusCap.
  bonus: number;
  total: number;
};

// Adds leaves up to sections and the whole. A section's points are its children's sum within its own bounds
// (capped at its maxPoints, floored like a leaf); its assigned max is its children's assigned max, at most its
// maxPoints. Bonus nodes are left out of their parent and summed apart, the pool capped by bonusCap.
export function sumTree(index: ScaleIndex, leafScores: Map<string, LeafScore>, bonusCap: number | null): TreeTotals {
  const nodes = new Map<string, NodeTotal>();
  for (const node of index.postOrder) {
    if (node.kind !== "section") {
      const score = leafScores.get(node.id);
      nodes.set(node.id, { points: score?.points ?? 0, max: score?.max ?? Math.max(0, node.maxPoints) });
      continue;
    }
    const inBonus = index.bonusIds.has(node.id);
    let points = 0;
    let max = 0;
    for (const child of index.children.get(node.id) ?? []) {
      if (!inBonus && index.bonusIds.has(child.id)) continue;
      const total = nodes.get(child.id)!;
      points += total.points;
      max += total.max;
    }
    nodes.set(node.id, { points: clampPoints(points, node), max: Math.min(max, Math.max(0, node.maxPoints)) });
  }
  let base = 0;
  let assignedMax = 0;
  for (const root of index.baseRoots) {
    base += nodes.get(root.id)!.points;
    assignedMax += nodes.get(root.id)!.max;
  }
  let bonusRaw = 0;
  for (const root of index.bonusRoots) bonusRaw += nodes.get(root.id)!.points;
  const bonus = bonusCap === null ? bonusRaw : Math.min(bonusRaw, bonusCap);
  return { nodes, base, assignedMax, bonusRaw, bonus, total: base + bonus };
}
