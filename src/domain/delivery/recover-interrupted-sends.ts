import type { Db } from "../../db/create-database.js";
import type { Prisma } from "../../generated/prisma/client.js";

export type RecoverOptions = {
  now: Date;
  // Only this process can be sending (the SQLite bot lock is held): every "sending" row was left by a dead
  // process and is taken at once. Otherwise only rows whose claim has expired are: their holder stopped
  // extending it, so it is taken for dead (rows claimed before claims had an expiry count as expired).
  exclusive?: boolean;
};

// After a crash, rows still "sending" have an unknown outcome: Telegram may or may not have delivered.
// Each is sent again once (a possible duplicate beats a lost message); if that retry is interrupted
// too, the row fails rather than risk a second duplicate.
export async function recoverInterruptedSends(
  db: Db,
  options: RecoverOptions,
): Promise<{ retried: number; failed: number }> {
  const abandoned: Prisma.OutboxMessageWhereInput = options.exclusive
    ? { state: "sending" }
    : { state: "sending", OR: [{ claimedUntil: null }, { claimedUntil: { lt: options.now } }] };
  const released = { claimedBy: null, claimedUntil: null, updatedAt: options.now };
  const failed = await db.outboxMessage.updateMany({
    where: { ...abandoned, recovered: true },
    data: { state: "failed", lastError: "outcome unknown after two interrupted sends", ...released },
  });
  const retried = await db.outboxMessage.updateMany({
    where: { ...abandoned, recovered: false },
    data: { state: "pending", recovered: true, nextAttemptAt: options.now, ...released },
  });
  return { retried: retried.count, failed: failed.count };
}
