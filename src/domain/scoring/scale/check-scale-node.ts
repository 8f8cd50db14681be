import type { NormalizedScaleNode } from "./normalized-scale.js";
import { parseScaleKind } from "./parse-scale-kind.js";
import type { ScaleFileNode, ScaleNodeKind } from "./scale-file-schema.js";
import type { ScaleProblem } from "./scale-file-error.js";

type NodeFacts = Omit<NormalizedScaleNode, "path" | "parentPath" | "position" | "depth" | "isBonus">;

// The rules one node must meet on its own (the tree rules are in checkScaleTree). Problems go to `problems`.
export function checkScaleNode(
  node: ScaleFileNode,
  at: ScaleProblem["at"],
  problems: ScaleProblem[],
): NodeFacts | null {
  const before = problems.length;
  const problem = (code: string, params?: ScaleProblem["params"]) => problems.push({ code, params, at });
  const hasChildren = (node.children?.length ?? 0) > 0;
  let kind: ScaleNodeKind | null = hasChildren ? "section" : "direct";
  if (node.kind) {
    kind = parseScaleKind(node.kind);
    if (!kind) problem("scale.problem_unknown_kind", { kind: node.kind });
    else if (hasChildren && kind !== "section") problem("scale.problem_section_kind", { kind: node.kind });
    else if (!hasChildren && kind === "section") problem("scale.problem_empty_section");
  }
  if (!node.code) problem("scale.problem_missing_stt");
  if (!node.title) problem("scale.problem_missing_title");
  if (node.max === undefined) problem("scale.problem_missing_max");
  else if (node.max < 0) problem("scale.problem_negative_max", { max: node.max });
  if (node.min !== undefined && node.max !== undefined && node.min > node.max)
    problem("scale.problem_min_over_max", { min: node.min, max: node.max });
  if (kind === "per_occurrence" && node.points === undefined) problem("scale.problem_missing_points");
  if (kind !== "per_occurrence" && node.points !== undefined) problem("scale.problem_points_not_per_occurrence");
  if (node.reporting && hasChildren) problem("scale.problem_binding_on_section");
  if (node.reporting && (node.reporting.late > 0 || node.reporting.missing > 0))
    problem("scale.problem_binding_positive");
  if (problems.length > before || !kind) return null;
  return {
    code: node.code,
    title: node.title!,
    kind,
    maxPoints: node.max!,
    minPoints: node.min ?? null,
    pointsPerOccurrence: node.points ?? null,
    evidence: node.evidence || null,
    reportingBinding: node.reporting
      ? { latePoints: node.reporting.late, missingPoints: node.reporting.missing }
      : null,
    mayBeUnassigned: node.optional ?? false,
  };
}
