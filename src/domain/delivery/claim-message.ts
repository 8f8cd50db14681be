import type { Db } from "../../db/create-database.js";

// Marks the row as in flight before Telegram is called, so a crash leaves evidence of an unknown outcome.
export async function claimMessage(db: Db, options: { id: string; now: Date }): Promise<boolean> {
  const claimed = await db.outboxMessage.updateMany({
    where: { id: options.id, state: "pending" },
    data: { state: "sending", attempts: { increment: 1 }, updatedAt: options.now },
  });
  return claimed.count === 1;
}
