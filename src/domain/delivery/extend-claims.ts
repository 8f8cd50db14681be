import type { Db } from "../../db/create-database.js";

// The holder's heartbeat: its rows still "sending" stay its own for another lease. A replica that stops
// extending (killed, frozen, cut off from the database) loses them once the lease has passed.
export async function extendClaims(db: Db, options: { claimant: string; until: Date }): Promise<number> {
  const { count } = await db.outboxMessage.updateMany({
    where: { state: "sending", claimedBy: options.claimant },
    data: { claimedUntil: options.until },
  });
  return count;
}
