import type { Db } from "../../db/create-database.js";

// The update's effect was not stored: its claim is dropped so that Telegram's resend is handled, not skipped.
export async function releaseUpdate(db: Db, options: { updateId: number }): Promise<void> {
  await db.handledUpdate.deleteMany({ where: { updateId: BigInt(options.updateId) } });
}
