import { checkScaleNode } from "./check-scale-node.js";
import type { NormalizedScale, NormalizedScaleNode } from "./normalized-scale.js";
import { maxScaleDepth, type ScaleFile, type ScaleFileNode } from "./scale-file-schema.js";
import type { ScaleProblem } from "./scale-file-error.js";

export type CheckScaleResult = { ok: true; scale: NormalizedScale } | { ok: false; problems: ScaleProblem[] };

// "I." and "I", "a)" and "a" are the same STT; paths join the bare STTs (II.1.a).
export const bareCode = (code: string) => code.replace(/[.)\s]+$/, "").trim();
const sum = (values: number[]) => Math.round(values.reduce((a, b) => a + b, 0) * 1000) / 1000;

type Walk = { problems: ScaleProblem[]; nodes: NormalizedScaleNode[] };

function walk(children: ScaleFileNode[], parent: NormalizedScaleNode | null, depth: number, state: Walk): void {
  const seen = new Map<string, string>();
  children.forEach((child, position) => {
    const code = bareCode(child.code);
    const path = parent ? `${parent.path}.${code}` : code;
    const at = { stt: path, row: child.row };
    if (depth > maxScaleDepth) {
      state.problems.push({ code: "scale.problem_depth", params: { max: maxScaleDepth }, at });
      return;
    }
    if (code && seen.has(code.toLowerCase())) {
      state.problems.push({ code: "scale.problem_duplicate_stt", params: { stt: code }, at });
      return;
    }
    seen.set(code.toLowerCase(), path);
    if (child.bonus && parent) state.problems.push({ code: "scale.problem_bonus_nested", at });
    const facts = checkScaleNode({ ...child, code }, at, state.problems);
    if (!facts) return;
    const node: NormalizedScaleNode = {
      ...facts,
      path,
      parentPath: parent?.path ?? null,
      position,
      depth,
      isBonus: parent ? parent.isBonus : child.bonus === true,
    };
    state.nodes.push(node);
    const kids = child.children ?? [];
    if (kids.length === 0) return;
    checkChildrenMax(node, kids, at, state.problems);
    walk(kids, node, depth + 1, state);
  });
}

// Children's maxima may not exceed their parent's; deductions (max 0) add nothing. Bonus items are alternatives
// capped by the bonus cap, so there each child on its own must fit its parent.
function checkChildrenMax(
  node: NormalizedScaleNode,
  kids: ScaleFileNode[],
  at: ScaleProblem["at"],
  problems: ScaleProblem[],
): void {
  const maxima = kids.map((kid) => Math.max(0, kid.max ?? 0));
  if (node.isBonus) {
    kids.forEach((kid, i) => {
      if (maxima[i]! > node.maxPoints)
        problems.push({
          code: "scale.problem_child_over_max",
          params: { max: maxima[i]!, parent: node.maxPoints },
          at: { stt: `${node.path}.${bareCode(kid.code)}`, row: kid.row },
        });
    });
    return;
  }
  const total = sum(maxima);
  if (total > node.maxPoints)
    problems.push({
      code: "scale.problem_children_over_max",
      params: { sum: total, max: node.maxPoints },
      at,
    });
}

// Every rule of a scale file at once, so one answer lists every bad row.
export function checkScaleTree(file: ScaleFile): CheckScaleResult {
  const state: Walk = { problems: [], nodes: [] };
  if (file.criteria.length === 0) return { ok: false, problems: [{ code: "scale.problem_empty" }] };
  walk(file.criteria, null, 1, state);
  const roots = state.nodes.filter((n) => n.depth === 1);
  const scored = sum(roots.filter((n) => !n.isBonus).map((n) => n.maxPoints));
  const totalMax = file.totalMax ?? scored;
  if (state.problems.length === 0 && scored !== totalMax)
    state.problems.push({ code: "scale.problem_total_mismatch", params: { sum: scored, total: totalMax } });
  const bonusRoots = roots.filter((n) => n.isBonus);
  const bonusCap = file.bonusCap ?? (bonusRoots.length > 0 ? sum(bonusRoots.map((n) => n.maxPoints)) : null);
  for (const root of bonusRoots)
    if (bonusCap !== null && root.maxPoints > bonusCap)
      state.problems.push({
        code: "scale.problem_bonus_over_cap",
        params: { max: root.maxPoints, cap: bonusCap },
        at: { stt: root.path },
      });
  const bands = [...(file.bands ?? [])].sort((a, b) => b.minPoints - a.minPoints);
  for (const band of bands)
    if (band.minPoints > totalMax)
      state.problems.push({
        code: "scale.problem_band_over_total",
        params: { label: band.label, min: band.minPoints, total: totalMax },
      });
  if (state.problems.length > 0) return { ok: false, problems: state.problems };
  const title = file.title ?? "";
  return {
    ok: true,
    scale: { title, totalMax, bonusCap, tieRule: file.tieRule ?? null, bands, nodes: state.nodes },
  };
}
