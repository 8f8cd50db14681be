import type { Db } from "../../db/create-database.js";

// The row still waiting to be sent that is due first, if any.
export async function findNextUnsettled(db: Db) {
  return db.outboxMessage.findFirst({
    where: { state: { in: ["pending", "sending"] } },
    orderBy: { nextAttemptAt: "asc" },
  });
}
