import { targetShare } from "./score-target-leaf.js";
import type { LeafEntry, ScaleNodeInput } from "./scoring-types.js";

export type TargetLeafScores = {
  points: Map<string, number>;
  // Units the leaf is assigned to (or might be) whose result is not in: every exceeding unit's points wait on them.
  pendingUnitIds: string[];
  provisional: boolean;
};

// An "against target" leaf over all units at once, since exceeding is scored against the leader. A = result,
// T = target, share = A/T: below target 0.5·max·A/T; on target 0.5·max; over target, excess = A/T − 1, the
// largest excess gets max (all of them on a tie), the others 0.5·max + excess ÷ largest excess × 0.5·max.
export function scoreTargetLeaves(
  leaf: Pick<ScaleNodeInput, "maxPoints">,
  units: { unitId: string; entry: LeafEntry | undefined }[],
): TargetLeafScores {
  const half = 0.5 * leaf.maxPoints;
  const shares = new Map<string, number>();
  const pendingUnitIds: string[] = [];
  let leaderExcess = 0;
  for (const { unitId, entry } of units) {
    if (entry && !entry.assigned) continue;
    const share = targetShare(entry);
    if (share === null) {
      pendingUnitIds.push(unitId);
      continue;
    }
    shares.set(unitId, share);
    leaderExcess = Math.max(leaderExcess, share - 1);
  }
  const points = new Map<string, number>();
  for (const [unitId, share] of shares) {
    if (share <= 1) points.set(unitId, half * Math.max(0, share));
    else if (share - 1 >= leaderExcess) points.set(unitId, leaf.maxPoints);
    else points.set(unitId, half + ((share - 1) / leaderExcess) * half);
  }
  for (const unitId of pendingUnitIds) points.set(unitId, 0);
  return { points, pendingUnitIds, provisional: pendingUnitIds.length > 0 };
}
