import type { Db } from "../../db/create-database.js";
import { recordAudit } from "./record-audit.js";

// Refusal rows are evidence for a few months; after that only how many there were is kept, in one summary row per
// run, so strangers tapping buttons cannot grow the database without bound.
export const refusalRetentionMs = 90 * 86_400_000;

export async function pruneRefusals(db: Db, options: { now: Date; batchSize?: number; maxBatches?: number }) {
  const before = new Date(options.now.getTime() - refusalRetentionMs);
  const batchSize = options.batchSize ?? 1000;
  let deleted = 0;
  for (let i = 0; i < (options.maxBatches ?? 100); i++) {
    const batch = await db.auditEvent.findMany({
      where: { action: "authz.denied", createdAt: { lt: before } },
      select: { id: true },
      take: batchSize,
    });
    if (batch.length === 0) break;
    deleted += (await db.auditEvent.deleteMany({ where: { id: { in: batch.map((row) => row.id) } } })).count;
    if (batch.length < batchSize) break;
  }
  if (deleted > 0)
    await recordAudit(db, {
      actor: {},
      action: "authz.denied_pruned",
      details: { count: deleted, before: before.toISOString() },
      now: options.now,
    });
  return deleted;
}
