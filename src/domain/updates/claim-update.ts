import type { Db } from "../../db/create-database.js";
import { Prisma } from "../../generated/prisma/client.js";

// Telegram may deliver an update twice (webhook retries, polling after a crash). The first claim wins.
export async function claimUpdate(db: Db, options: { updateId: number; now: Date }): Promise<boolean> {
  try {
    await db.handledUpdate.create({ data: { updateId: BigInt(options.updateId), handledAt: options.now } });
    return true;
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return false;
    throw error;
  }
}
