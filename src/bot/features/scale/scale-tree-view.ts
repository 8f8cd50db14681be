import type { ScaleTree, ScaleTreeNode } from "../../../domain/scoring/scale/show-scale.js";
import type { Locale } from "../../../config/env-schema.js";
import { formatPoints } from "../../../i18n/format-points.js";
import type { Translate } from "../../../i18n/translator.js";

// STTs as the documents write them: I. → 1. → a) → a.1
const label = (node: ScaleTreeNode) =>
  node.depth === 1
    ? `${node.code}.`
    : node.depth === 2
      ? `${node.code}.`
      : node.depth === 3
        ? `${node.code})`
        : node.code;

function nodeLines(t: Translate, node: ScaleTreeNode, locale: Locale): string[] {
  const points = (value: number) => formatPoints(value, locale);
  const indent = "  ".repeat(node.depth - 1);
  const base = { code: label(node), title: node.title, max: points(node.maxPoints) };
  const head =
    node.kind === "section"
      ? t("scale.node_section", base)
      : node.kind === "per_occurrence"
        ? t("scale.node_per_occurrence", {
            ...base,
            points: points(node.pointsPerOccurrence ?? 0),
            min: points(node.minPoints ?? Math.min(0, node.pointsPerOccurrence ?? 0)),
          })
        : t("scale.node_leaf", { ...base, kind: t(`scale.kind_${node.kind}`) });
  const lines = [head];
  if (node.reportingBinding)
    lines.push(
      t("scale.node_binding", {
        late: points(node.reportingBinding.latePoints),
        missing: points(node.reportingBinding.missingPoints),
      }),
    );
  if (node.mayBeUnassigned) lines.push(t("scale.node_optional"));
  if (node.evidence) lines.push(t("scale.node_evidence", { evidence: node.evidence }));
  return lines.map((line, i) => (i === 0 ? indent + line : `${indent}  ${line}`));
}

// /scale: the whole tree, each criterion with its maximum, kind, binding and expected evidence. Long scales are
// split into several messages by the context's reply.
export function scaleTreeView(t: Translate, { tree, locale }: { tree: ScaleTree; locale: Locale }) {
  const lines = [
    t("scale.tree_title", {
      title: tree.title || t("scale.tree_untitled"),
      year: tree.year,
      version: tree.version,
      status: t(`scale.status_${tree.status}`),
      total: formatPoints(tree.totalMax, locale),
    }),
  ];
  if (tree.bonusCap !== null) lines.push(t("scale.tree_bonus_cap", { cap: formatPoints(tree.bonusCap, locale) }));
  for (const node of tree.nodes) {
    if (node.depth === 1) lines.push("");
    lines.push(...nodeLines(t, node, locale));
  }
  return { text: lines.join("\n") };
}
