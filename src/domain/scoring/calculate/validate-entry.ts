import { leafFloor } from "./leaf-floor.js";
import type { LeafEntry, ScaleNodeInput } from "./scoring-types.js";

export const scoringErrorCodes = [
  "not_a_leaf",
  "not_a_number",
  "missing_value",
  "negative",
  "under_min",
  "over_max",
  "count_out_of_range",
  "target_not_positive",
] as const;
export type ScoringErrorCode = (typeof scoringErrorCodes)[number];

// Locale key `scoring.error_<code>`; params fill {{leaf}}, {{min}}, {{max}} in every one of them.
export type ScoringEntryError = {
  leafId: string;
  code: ScoringErrorCode;
  params: { leaf: string; min: number; max: number };
};

export function scoringErrorKey(code: ScoringErrorCode): string {
  return `scoring.error_${code}`;
}

const numericFields = ["points", "count", "result", "target"] as const;

// Everything wrong with one figure a person typed, before it is stored; an unassigned leaf takes no figures.
export function validateEntry(leaf: ScaleNodeInput, entry: LeafEntry): ScoringEntryError[] {
  const min = leafFloor(leaf);
  const error = (code: ScoringErrorCode): ScoringEntryError => ({
    leafId: leaf.id,
    code,
    params: { leaf: leaf.code, min: Number.isFinite(min) ? min : leaf.maxPoints, max: leaf.maxPoints },
  });
  if (leaf.kind === "section") return [error("not_a_leaf")];
  if (!entry.assigned) return [];
  for (const field of numericFields) {
    const value = entry[field];
    if (value !== undefined && (typeof value !== "number" || !Number.isFinite(value))) return [error("not_a_number")];
  }
  // A leaf bound to the reporting record is pre-filled with points, whatever its kind; a correction is points too.
  if (leaf.reportingBinding && entry.points !== undefined) return checkPoints(entry.points, leaf, min).map(error);
  return checkKind(leaf, entry, min).map(error);
}

function checkKind(leaf: ScaleNodeInput, entry: LeafEntry, min: number): ScoringErrorCode[] {
  switch (leaf.kind) {
    case "pass_fail":
      return entry.passed === undefined && !leaf.reportingBinding ? ["missing_value"] : [];
    case "direct":
      if (entry.points === undefined) return leaf.reportingBinding ? [] : ["missing_value"];
      return checkPoints(entry.points, leaf, min);
    case "per_occurrence":
      if (entry.count === undefined) return leaf.reportingBinding ? [] : ["missing_value"];
      return Number.isInteger(entry.count) && entry.count >= 0 ? [] : ["count_out_of_range"];
    case "target": {
      if (entry.result === undefined || entry.target === undefined) return ["missing_value"];
      const codes: ScoringErrorCode[] = [];
      if (entry.result < 0) codes.push("negative");
      if (entry.target <= 0) codes.push("target_not_positive");
      return codes;
    }
    default:
      return [];
  }
}

function checkPoints(points: number, leaf: ScaleNodeInput, min: number): ScoringErrorCode[] {
  if (points > leaf.maxPoints) return ["over_max"];
  if (points < min) return [min >= 0 ? "negative" : "under_min"];
  return [];
}
