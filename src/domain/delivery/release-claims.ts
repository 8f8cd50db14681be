import type { Db } from "../../db/create-database.js";

// Gives back rows that were claimed but never sent (the sender had to pause between claiming and sending):
// they were not attempted, so the attempt is not counted.
export async function releaseClaims(db: Db, options: { ids: string[]; now: Date }): Promise<void> {
  if (options.ids.length === 0) return;
  await db.outboxMessage.updateMany({
    where: { id: { in: options.ids }, state: "sending" },
    data: { state: "pending", attempts: { decrement: 1 }, claimedBy: null, claimedUntil: null, updatedAt: options.now },
  });
}
