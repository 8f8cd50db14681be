import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";

// A Person row is written when someone chooses a language before registering, so that the choice is remembered.
// People who never joined a bloc within 30 days are forgotten (their row, and any open dialogue), counted in one
// summary row per run, so strangers tapping /lang cannot grow the database without bound.
export const strangerRetentionMs = 30 * 86_400_000;

export async function pruneStrangers(db: Db, options: { now: Date; batchSize?: number; maxBatches?: number }) {
  const before = new Date(options.now.getTime() - strangerRetentionMs);
  const batchSize = options.batchSize ?? 500;
  let deleted = 0;
  for (let i = 0; i < (options.maxBatches ?? 100); i++) {
    const batch = await db.person.findMany({
      where: { createdAt: { lt: before }, memberships: { none: {} }, invites: { none: {} } },
      select: { id: true },
      take: batchSize,
    });
    if (batch.length === 0) break;
    const ids = batch.map((person) => person.id);
    deleted += await db.$transaction(async (tx) => {
      await tx.conversation.deleteMany({ where: { personId: { in: ids } } });
      return (await tx.person.deleteMany({ where: { id: { in: ids } } })).count;
    });
    if (batch.length < batchSize) break;
  }
  if (deleted > 0)
    await recordAudit(db, {
      actor: {},
      action: "person.strangers_pruned",
      details: { count: deleted, before: before.toISOString() },
      now: options.now,
    });
  return deleted;
}
