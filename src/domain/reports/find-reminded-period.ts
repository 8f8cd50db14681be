import type { Db } from "../../db/create-database.js";
import { isBatchIntent, periodOfIntent } from "./report-intents.js";

// A reply to a reminder answers the report the reminder was about: the outbox row knows which message it became.
// A reminder that lists several reports cannot say which one a reply is: "several".
export async function findRemindedPeriod(
  db: Db,
  options: { chatId: bigint | number; messageId: number },
): Promise<string | "several" | null> {
  const row = await db.outboxMessage.findFirst({
    where: { chatId: BigInt(options.chatId), telegramMessageId: BigInt(options.messageId) },
    select: { intentId: true },
  });
  if (!row) return null;
  return isBatchIntent(row.intentId) ? "several" : periodOfIntent(row.intentId);
}
