import type { Db } from "../../db/create-database.js";
import type { OutboxMessage } from "../../generated/prisma/client.js";

// Oldest first within an intent, round-robin across intents: a 10,000-recipient broadcast
// cannot starve a reminder written after it.
export async function findDueMessages(
  db: Db,
  options: { now: Date; limit: number; maxIntents?: number },
): Promise<OutboxMessage[]> {
  const due = { state: "pending", nextAttemptAt: { lte: options.now } };
  const intents = await db.outboxMessage.groupBy({
    by: ["intentId"],
    where: due,
    _min: { createdAt: true },
    orderBy: { _min: { createdAt: "asc" } },
    take: options.maxIntents ?? 50,
  });
  if (intents.length === 0) return [];
  const perIntent = Math.max(1, Math.ceil(options.limit / intents.length));
  const lists = await Promise.all(
    intents.map((intent) =>
      db.outboxMessage.findMany({
        where: { ...due, intentId: intent.intentId },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        take: perIntent,
      }),
    ),
  );
  const result: OutboxMessage[] = [];
  for (let i = 0; result.length < options.limit && lists.some((list) => i < list.length); i++) {
    for (const list of lists) if (i < list.length && result.length < options.limit) result.push(list[i]!);
  }
  return result;
}
