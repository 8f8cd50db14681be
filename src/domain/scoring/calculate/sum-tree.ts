import type { ScaleIndex } from "./index-scale.js";
import { clampPoints } from "./leaf-floor.js";

export type NodeTotal = { points: number; max: number };

// By node position (ScaleIndex); for a leaf, its own score and what it adds to the assigned max.
export type TreeFigures = { points: Float64Array; max: Float64Array };

export type TreeTotals = TreeFigures & {
  // Sum of the non-bonus top sections, and of their assigned max: the denominator of every share.
  base: number;
  assignedMax: number;
  bonusRaw: number;
  // bonusRaw within the scale's bonusCap.
  bonus: number;
  total: number;
};

// Adds leaves up to sections and the whole, in place. A section's points are its children's sum within its own
// bounds (capped at its maxPoints, floored like a leaf); its assigned max is its children's assigned max, at most
// its maxPoints. Bonus nodes are left out of their parent and summed apart, the pool capped by bonusCap.
export function sumTree(index: ScaleIndex, figures: TreeFigures, bonusCap: number | null): TreeTotals {
  const { points, max } = figures;
  for (const i of index.postOrder) {
    const node = index.nodes[i]!;
    if (node.kind !== "section") continue;
    const inBonus = index.bonus[i] === 1;
    let sum = 0;
    let assigned = 0;
    for (const child of index.children[i]!) {
      if (!inBonus && index.bonus[child] === 1) continue;
      sum += points[child]!;
      assigned += max[child]!;
    }
    points[i] = clampPoints(sum, node);
    max[i] = Math.min(assigned, Math.max(0, node.maxPoints));
  }
  let base = 0;
  let assignedMax = 0;
  for (const i of index.baseRoots) {
    base += points[i]!;
    assignedMax += max[i]!;
  }
  let bonusRaw = 0;
  for (const i of index.bonusRoots) bonusRaw += points[i]!;
  const bonus = bonusCap === null ? bonusRaw : Math.min(bonusRaw, bonusCap);
  return { points, max, base, assignedMax, bonusRaw, bonus, total: base + bonus };
}
