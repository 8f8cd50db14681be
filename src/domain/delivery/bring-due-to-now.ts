import type { Db } from "../../db/create-database.js";

// Jobs stamp what they queue with the instant they act for. After an operator's `jobs run --at <past instant>`
// those rows are due at the real time instead, like any row queued now (one short write).
export async function bringDueToNow(db: Db, options: { queuedAt: Date; now: Date }): Promise<number> {
  if (options.queuedAt.getTime() >= options.now.getTime()) return 0;
  const { count } = await db.outboxMessage.updateMany({
    where: { state: "pending", createdAt: options.queuedAt, nextAttemptAt: { lt: options.now } },
    data: { nextAttemptAt: options.now },
  });
  return count;
}
