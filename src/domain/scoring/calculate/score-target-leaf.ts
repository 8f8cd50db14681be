import type { LeafEntry, ScaleNodeInput } from "./scoring-types.js";

// A unit's result A against its target T, before the others are known: below target 0.5·max·A/T, on or above
// target 0.5·max (what exceeding is sure to give; the rest depends on the leader, see scoreTargetLeaves).
export function scoreOwnTarget(leaf: Pick<ScaleNodeInput, "maxPoints">, entry: LeafEntry | undefined): number {
  const share = targetShare(entry);
  if (share === null) return 0;
  const half = 0.5 * leaf.maxPoints;
  return share < 1 ? half * Math.max(0, share) : half;
}

// A/T, or null when the figures are not there (or T is not positive, which validateEntry refuses).
export function targetShare(entry: LeafEntry | undefined): number | null {
  if (!entry || entry.result === undefined || entry.target === undefined || !(entry.target > 0)) return null;
  if (!Number.isFinite(entry.result)) return null;
  return entry.result / entry.target;
}
