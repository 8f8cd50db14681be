import { indexScale } from "./index-scale.js";
import { scoreLeafPoints } from "./score-leaf.js";
import type { LeafEntry, ScaleNodeInput } from "./scoring-types.js";
import { sumTree } from "./sum-tree.js";

// One unit's total from its own figures alone, as it sees them while filling the sheet: a target leaf is scored
// against the unit's own target (the bloc-wide comparison needs every sheet, see scoreUnits).
export function scoreOwnSheet(
  scale: { nodes: ScaleNodeInput[]; bonusCap: number | null },
  entries: LeafEntry[],
): { total: number; assignedMax: number } {
  const index = indexScale(scale.nodes);
  const byLeaf = new Map(entries.map((entry) => [entry.leafId, entry]));
  const size = index.nodes.length;
  const figures = { points: new Float64Array(size), max: new Float64Array(size) };
  for (const i of index.leaves) {
    const leaf = index.nodes[i]!;
    const entry = byLeaf.get(leaf.id);
    if (entry && !entry.assigned) continue;
    figures.points[i] = scoreLeafPoints(leaf, entry, undefined, undefined);
    figures.max[i] = Math.max(0, leaf.maxPoints);
  }
  const totals = sumTree(index, figures, scale.bonusCap);
  return { total: totals.total, assignedMax: totals.assignedMax };
}
