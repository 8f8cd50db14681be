import type { Tx } from "../../../db/create-database.js";

// The hook deciding whether a scale may still change in place: once it is active or locked, or once a year-end
// review round scores against it (opening a round also locks it).
export async function isScaleInUse(tx: Tx, scale: { id: string; status: string }): Promise<boolean> {
  if (scale.status === "active" || scale.status === "locked") return true;
  return (await tx.reviewRound.count({ where: { scaleId: scale.id } })) > 0;
}
