import type { Db } from "../../db/create-database.js";

// A lease matters for as long as a replica might still tick for its instant (a few minutes); a day is plenty.
export const jobLeaseRetentionMs = 86_400_000;

export async function pruneJobLeases(db: Db, options: { now: Date }): Promise<number> {
  const cutoff = new Date(options.now.getTime() - jobLeaseRetentionMs);
  const { count } = await db.jobLease.deleteMany({ where: { expiresAt: { lt: cutoff } } });
  return count;
}
