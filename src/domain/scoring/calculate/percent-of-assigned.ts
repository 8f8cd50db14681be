// A unit's result where some leaves are not assigned to it: points ÷ assigned points × 100 %. null when nothing
// is assigned (no figure to show, and the unit ranks last).
export function percentOfAssigned(points: number, assignedMax: number): number | null {
  return assignedMax > 0 ? (points / assignedMax) * 100 : null;
}
