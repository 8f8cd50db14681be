import type { Db } from "../../db/create-database.js";

// The handler ended (with its effect stored, or with an answer to the person): a resend is now a duplicate.
export async function finishUpdate(db: Db, options: { updateId: number; now: Date }): Promise<void> {
  await db.handledUpdate.updateMany({
    where: { updateId: BigInt(options.updateId) },
    data: { finishedAt: options.now },
  });
}
