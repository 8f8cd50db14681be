import type { Db } from "../../db/create-database.js";

// The handler ended (with its effect stored, or with an answer to the person): a resend is now a duplicate.
export async function finishUpdate(db: Db, options: { updateId: number; now: Date }): Promise<void> {
  // Raw: on every update, the Prisma updateMany cost twice this statement (bench/update-throughput.ts).
  await db.$executeRaw`UPDATE "HandledUpdate" SET "finishedAt" = ${options.now}
    WHERE "updateId" = ${BigInt(options.updateId)}`;
}
