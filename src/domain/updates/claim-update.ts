import type { Db } from "../../db/create-database.js";

// Telegram may deliver an update twice (webhook retries, polling after a crash). The first claim wins, unless the
// process that claimed it never finished it: then it died mid-handler (kill -9, power loss), Telegram resent the
// update because it was never answered, and this process takes it over so the person's action is not lost.
// `claimant` is the process's own id; one process per SQLite file, so another claimant's unfinished claim is dead.
export async function claimUpdate(
  db: Db,
  options: { updateId: number; claimant: string; now: Date },
): Promise<boolean> {
  const updateId = BigInt(options.updateId);
  // Raw: on every update, a Prisma create cost twice this statement (bench/update-throughput.ts).
  const inserted = await db.$executeRaw`INSERT INTO "HandledUpdate" ("updateId", "handledAt", "claimedBy")
    VALUES (${updateId}, ${options.now}, ${options.claimant}) ON CONFLICT ("updateId") DO NOTHING`;
  if (inserted === 1) return true;
  const { count } = await db.handledUpdate.updateMany({
    where: { updateId, finishedAt: null, NOT: { claimedBy: options.claimant } },
    data: { claimedBy: options.claimant, handledAt: options.now },
  });
  return count === 1;
}
