import { computeDeduction } from "./compute-deduction.js";
import type { LeafEntry, ReportingRecord, ScaleNodeInput } from "./scoring-types.js";

// What the bot writes into a unit's self sheet for the leaves bound to the reporting regime, from its year of
// submissions; the unit or the review may still change the figure (the entry's points then win).
export function prefillReportingEntries(nodes: ScaleNodeInput[], record: ReportingRecord): LeafEntry[] {
  return nodes
    .filter((node) => node.kind !== "section" && node.reportingBinding)
    .map((node) => ({ leafId: node.id, assigned: true, points: computeDeduction(node, record) }));
}
