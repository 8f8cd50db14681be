import type { ScaleNodeInput } from "./scoring-types.js";

// A node scoring points (maxPoints > 0) cannot go below 0 unless told; a deductions-only node (maxPoints ≤ 0)
// has no floor unless told, so "−2 per violation" without a minimum keeps counting.
export function leafFloor(node: Pick<ScaleNodeInput, "maxPoints" | "minPoints">): number {
  return node.minPoints ?? (node.maxPoints > 0 ? 0 : Number.NEGATIVE_INFINITY);
}

// A figure that is not a number (validateEntry refuses it) counts as 0 rather than spreading NaN into the ranking.
export function clampPoints(value: number, node: Pick<ScaleNodeInput, "maxPoints" | "minPoints">): number {
  if (!Number.isFinite(value)) value = 0;
  // + 0 turns the −0 of "0 occurrences × −2" into 0, which a view would otherwise print as "-0".
  return Math.min(node.maxPoints, Math.max(leafFloor(node), value)) + 0;
}
