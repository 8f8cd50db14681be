import type { Db } from "../../db/create-database.js";

// Telegram keeps undelivered updates for 24 hours, so a week of ids is more than enough to dedupe.
export const handledUpdateRetentionMs = 7 * 86_400_000;

// Bounded batches keep each write transaction short so the bot is never blocked for long.
export async function pruneHandledUpdates(
  db: Db,
  options: { now: Date; batchSize?: number; maxBatches?: number },
): Promise<number> {
  const cutoff = new Date(options.now.getTime() - handledUpdateRetentionMs);
  const batchSize = options.batchSize ?? 1000;
  let deleted = 0;
  for (let i = 0; i < (options.maxBatches ?? 100); i++) {
    const batch = await db.handledUpdate.findMany({
      where: { handledAt: { lt: cutoff } },
      select: { updateId: true },
      take: batchSize,
    });
    if (batch.length === 0) break;
    deleted += (await db.handledUpdate.deleteMany({ where: { updateId: { in: batch.map((b) => b.updateId) } } })).count;
    if (batch.length < batchSize) break;
  }
  return deleted;
}
