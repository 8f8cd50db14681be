import type { Db } from "../../db/create-database.js";

// After a crash, rows still "sending" have an unknown outcome: Telegram may or may not have delivered.
// Each is sent again once (a possible duplicate beats a lost message); if that retry is interrupted
// too, the row fails rather than risk a second duplicate.
export async function recoverInterruptedSends(
  db: Db,
  options: { now: Date },
): Promise<{ retried: number; failed: number }> {
  const failed = await db.outboxMessage.updateMany({
    where: { state: "sending", recovered: true },
    data: { state: "failed", lastError: "outcome unknown after two interrupted sends", updatedAt: options.now },
  });
  const retried = await db.outboxMessage.updateMany({
    where: { state: "sending", recovered: false },
    data: { state: "pending", recovered: true, nextAttemptAt: options.now, updatedAt: options.now },
  });
  return { retried: retried.count, failed: failed.count };
}
