import type { ScaleNodeInput } from "./scoring-types.js";

// Every node has a position (its index in `nodes`); per-unit figures live in arrays by position, so scoring a
// thousand units allocates no map per unit.
export type ScaleIndex = {
  nodes: ScaleNodeInput[];
  position: Map<string, number>;
  byCode: Map<string, ScaleNodeInput>;
  // Children before their parent, so one pass sums the tree.
  postOrder: number[];
  children: number[][];
  leaves: number[];
  // A node counts as bonus when it or an ancestor is; bonus roots are the highest such nodes.
  bonus: Uint8Array;
  bonusRoots: number[];
  baseRoots: number[];
};

// Built once per scale and shared by every unit. A parent that is not in the scale, or a cycle, is a broken
// scale (the import refuses it); it is thrown here rather than silently scored.
export function indexScale(nodes: ScaleNodeInput[]): ScaleIndex {
  const position = new Map(nodes.map((node, i) => [node.id, i]));
  const children: number[][] = nodes.map(() => []);
  const roots: number[] = [];
  nodes.forEach((node, i) => {
    if (node.parentId === null) return roots.push(i);
    const parent = position.get(node.parentId);
    if (parent === undefined) throw new Error(`scale node ${node.code}: unknown parent ${node.parentId}`);
    children[parent]!.push(i);
  });
  const postOrder: number[] = [];
  const bonus = new Uint8Array(nodes.length);
  const bonusRoots: number[] = [];
  const visit = (i: number, inBonus: boolean) => {
    const isBonus = inBonus || nodes[i]!.isBonus;
    if (isBonus) bonus[i] = 1;
    if (isBonus && !inBonus) bonusRoots.push(i);
    for (const child of children[i]!) visit(child, isBonus);
    postOrder.push(i);
  };
  for (const root of roots) visit(root, false);
  if (postOrder.length !== nodes.length) throw new Error("scale nodes form a cycle");
  return {
    nodes,
    position,
    byCode: new Map(nodes.map((node) => [node.code, node])),
    postOrder,
    children,
    leaves: nodes.flatMap((node, i) => (node.kind === "section" ? [] : [i])),
    bonus,
    bonusRoots,
    baseRoots: roots.filter((i) => bonus[i] === 0),
  };
}
