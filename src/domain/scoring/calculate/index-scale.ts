import type { ScaleNodeInput } from "./scoring-types.js";

export type ScaleIndex = {
  nodes: ScaleNodeInput[];
  byId: Map<string, ScaleNodeInput>;
  byCode: Map<string, ScaleNodeInput>;
  // Children before their parent, so one pass sums the tree.
  postOrder: ScaleNodeInput[];
  children: Map<string, ScaleNodeInput[]>;
  leaves: ScaleNodeInput[];
  // A node counts as bonus when it or an ancestor is; bonus roots are the highest such nodes.
  bonusIds: Set<string>;
  bonusRoots: ScaleNodeInput[];
  baseRoots: ScaleNodeInput[];
};

// Built once per scale and shared by every unit. A parent that is not in the scale, or a cycle, is a broken
// scale (the import refuses it); it is thrown here rather than silently scored.
export function indexScale(nodes: ScaleNodeInput[]): ScaleIndex {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<string, ScaleNodeInput[]>();
  const roots: ScaleNodeInput[] = [];
  for (const node of nodes) {
    if (node.parentId === null) roots.push(node);
    else if (!byId.has(node.parentId)) throw new Error(`scale node ${node.code}: unknown parent ${node.parentId}`);
    else {
      const siblings = children.get(node.parentId);
      if (siblings) siblings.push(node);
      else children.set(node.parentId, [node]);
    }
  }
  const postOrder: ScaleNodeInput[] = [];
  const bonusIds = new Set<string>();
  const bonusRoots: ScaleNodeInput[] = [];
  const visit = (node: ScaleNodeInput, inBonus: boolean) => {
    const bonus = inBonus || node.isBonus;
    if (bonus) bonusIds.add(node.id);
    if (bonus && !inBonus) bonusRoots.push(node);
    for (const child of children.get(node.id) ?? []) visit(child, bonus);
    postOrder.push(node);
  };
  for (const root of roots) visit(root, false);
  if (postOrder.length !== nodes.length) throw new Error("scale nodes form a cycle");
  return {
    nodes,
    byId,
    byCode: new Map(nodes.map((node) => [node.code, node])),
    postOrder,
    children,
    leaves: nodes.filter((node) => node.kind !== "section"),
    bonusIds,
    bonusRoots,
    baseRoots: roots.filter((root) => !bonusIds.has(root.id)),
  };
}
