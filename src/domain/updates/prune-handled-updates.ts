import type { Db } from "../../db/create-database.js";

// Telegram keeps undelivered updates for 24 hours, so a week of ids is more than enough to dedupe.
export const handledUpdateRetentionMs = 7 * 86_400_000;

export async function pruneHandledUpdates(db: Db, options: { now: Date; batchSize?: number }): Promise<number> {
  const cutoff = new Date(options.now.getTime() - handledUpdateRetentionMs);
  const batch = await db.handledUpdate.findMany({ where: { handledAt: { lt: cutoff } }, select: { updateId: true }, take: options.batchSize ?? 1000 });
  if (batch.length === 0) return 0;
  const result = await db.handledUpdate.deleteMany({ where: { updateId: { in: batch.map((b) => b.updateId) } } });
  return result.count;
}
