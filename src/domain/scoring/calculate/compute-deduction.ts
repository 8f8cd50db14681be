import { clampPoints } from "./leaf-floor.js";
import type { ReportingRecord, ScaleNodeInput } from "./scoring-types.js";

// A leaf bound to the reporting regime starts full (its maxPoints; 0 for a deductions-only leaf) and each late or
// missing report adds its signed points, within the leaf's bounds: max 5, −0.5 late, −1 missing, 3 late and
// 1 missing → 5 − 1.5 − 1 = 2.5.
export function computeDeduction(
  leaf: Pick<ScaleNodeInput, "maxPoints" | "minPoints" | "reportingBinding">,
  record: ReportingRecord,
): number {
  const binding = leaf.reportingBinding;
  if (!binding) return leaf.maxPoints;
  const raw = leaf.maxPoints + record.late * binding.latePoints + record.missing * binding.missingPoints;
  return clampPoints(raw, leaf);
}
