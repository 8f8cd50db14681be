import type { Db } from "../../db/create-database.js";
import type { OutboxMessage } from "../../generated/prisma/client.js";

// Marks rows as in flight before Telegram is called, so a crash leaves evidence of an unknown outcome.
// One statement for the whole batch; a row another sender took meanwhile is simply not returned.
export async function claimMessages(db: Db, options: { ids: string[]; now: Date }): Promise<OutboxMessage[]> {
  if (options.ids.length === 0) return [];
  return db.outboxMessage.updateManyAndReturn({
    where: { id: { in: options.ids }, state: "pending" },
    data: { state: "sending", attempts: { increment: 1 }, updatedAt: options.now },
  });
}
