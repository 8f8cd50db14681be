import type { ImportScaleResult } from "../../../domain/scoring/scale/import-scale.js";
import { describeScaleProblem, type ScaleProblem } from "../../../domain/scoring/scale/scale-file-error.js";
import type { Locale } from "../../../config/env-schema.js";
import { formatPoints } from "../../../i18n/format-points.js";
import type { Translate } from "../../../i18n/translator.js";

export function scaleImportedView(t: Translate, { result, locale }: { result: ImportScaleResult; locale: Locale }) {
  return {
    text: t(`scale.imported_${result.outcome}`, {
      title: result.title || t("scale.tree_untitled"),
      year: result.year,
      version: result.version,
      nodes: result.nodeCount,
      total: formatPoints(result.totalMax, locale),
    }),
  };
}

// Every bad row, one per line, so the leader can fix the sheet in one go.
export function scaleProblemsView(t: Translate, problems: ScaleProblem[]) {
  const lines = [t("scale.error_invalid", { count: problems.length })];
  for (const problem of problems) lines.push(`• ${describeScaleProblem(t, problem)}`);
  return { text: lines.join("\n") };
}
