import type { Db } from "../../db/create-database.js";
import { periodOfIntent } from "./report-intents.js";

// A reply to a reminder answers the report the reminder was about: the outbox row knows which message it became.
export async function findRemindedPeriod(
  db: Db,
  options: { chatId: bigint | number; messageId: number },
): Promise<string | null> {
  const row = await db.outboxMessage.findFirst({
    where: { chatId: BigInt(options.chatId), telegramMessageId: BigInt(options.messageId) },
    select: { intentId: true },
  });
  return row ? periodOfIntent(row.intentId) : null;
}
