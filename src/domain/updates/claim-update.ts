import type { Db } from "../../db/create-database.js";

// "claimed": handle it. "duplicate": it was handled already. "busy": another replica is handling it right now;
// ask Telegram to send it again later (it is taken over if that replica never finishes).
export type UpdateClaim = "claimed" | "duplicate" | "busy";

// Telegram may deliver an update twice (webhook retries, polling after a crash). The first claim wins, unless the
// process that claimed it never finished it: then it died mid-handler (kill -9, power loss), Telegram resent the
// update because it was never answered, and this process takes it over so the person's action is not lost.
// `claimant` is the process's own id. With one process per SQLite file another claimant's unfinished claim is
// dead; with replicas (`busyForMs`) it may be alive and slow, so a claim younger than that is left to its holder.
export async function claimUpdate(
  db: Db,
  options: { updateId: number; claimant: string; now: Date; busyForMs?: number },
): Promise<UpdateClaim> {
  const updateId = BigInt(options.updateId);
  // Raw: on every update, a Prisma create cost twice this statement (bench/update-throughput.ts).
  const inserted = await db.$executeRaw`INSERT INTO "HandledUpdate" ("updateId", "handledAt", "claimedBy")
    VALUES (${updateId}, ${options.now}, ${options.claimant}) ON CONFLICT ("updateId") DO NOTHING`;
  if (inserted === 1) return "claimed";
  const stale = options.busyForMs ? { handledAt: { lt: new Date(options.now.getTime() - options.busyForMs) } } : {};
  const { count } = await db.handledUpdate.updateMany({
    where: { updateId, finishedAt: null, NOT: { claimedBy: options.claimant }, ...stale },
    data: { claimedBy: options.claimant, handledAt: options.now },
  });
  if (count === 1) return "claimed";
  if (!options.busyForMs) return "duplicate";
  const held = await db.handledUpdate.findUnique({ where: { updateId } });
  return held && held.finishedAt === null && held.claimedBy !== options.claimant ? "busy" : "duplicate";
}
