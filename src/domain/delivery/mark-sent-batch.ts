import type { Db } from "../../db/create-database.js";
import { Prisma } from "../../generated/prisma/client.js";

export type SentRow = { id: string; messageId: number; pinError?: string; sentAt: Date };

// Rows per statement: 4 bound values each, far below SQLite's limit of 32,766.
const chunkSize = 500;

// Records many delivered messages in one write. Prisma has no bulk update with a different value per row
// (each row has its own Telegram message id), and one `update` per row costs a round trip through the
// query engine each: at 1,000 messages/s that, not Telegram, was the limit. Hence one UPDATE … FROM VALUES.
export async function markSentBatch(db: Db, rows: SentRow[]): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const values = rows
      .slice(start, start + chunkSize)
      .map((row) => Prisma.sql`(${row.id}, ${BigInt(row.messageId)}, ${row.pinError ?? null}, ${row.sentAt})`);
    await db.$executeRaw`
      WITH done(id, messageId, pinError, sentAt) AS (VALUES ${Prisma.join(values)})
      UPDATE "OutboxMessage"
      SET "state" = 'sent', "sentAt" = done.sentAt, "telegramMessageId" = done.messageId, "lastError" = NULL,
          "pinError" = done.pinError, "updatedAt" = done.sentAt
      FROM done
      WHERE "OutboxMessage"."id" = done.id AND "OutboxMessage"."state" = 'sending'`;
  }
}
