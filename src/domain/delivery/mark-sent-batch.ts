import type { Db } from "../../db/create-database.js";
import { sqlDialect } from "../../db/sql-dialect.js";
import { Prisma } from "../../generated/prisma/client.js";

export type SentRow = { id: string; messageId: number; pinError?: string; sentAt: Date };

// Rows per statement: 4 bound values each, far below SQLite's limit of 32,766 (and PostgreSQL's of 65,535).
const chunkSize = 500;

// Records many delivered messages in one write. Prisma has no bulk update with a different value per row
// (each row has its own Telegram message id), and one `update` per row costs a round trip through the
// query engine each: at 1,000 messages/s that, not Telegram, was the limit. Hence one UPDATE … FROM VALUES.
// PostgreSQL types a VALUES list outside an INSERT from its values alone, and bound parameters have none: each
// column is cast to what it is assigned to. SQLite needs no casts (and has no `::`).
export async function markSentBatch(db: Db, rows: SentRow[]): Promise<void> {
  const row = sqlDialect(db) === "postgresql" ? postgresRow : sqliteRow;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const values = rows.slice(start, start + chunkSize).map(row);
    await db.$executeRaw`
      WITH done(id, messageId, pinError, sentAt) AS (VALUES ${Prisma.join(values)})
      UPDATE "OutboxMessage"
      SET "state" = 'sent', "sentAt" = done.sentAt, "telegramMessageId" = done.messageId, "lastError" = NULL,
          "pinError" = done.pinError, "updatedAt" = done.sentAt
      FROM done
      WHERE "OutboxMessage"."id" = done.id AND "OutboxMessage"."state" = 'sending'`;
  }
}

const sqliteRow = (row: SentRow) =>
  Prisma.sql`(${row.id}, ${BigInt(row.messageId)}, ${row.pinError ?? null}, ${row.sentAt})`;
const postgresRow = (row: SentRow) =>
  Prisma.sql`(${row.id}::text, ${BigInt(row.messageId)}::bigint, ${row.pinError ?? null}::text, ${row.sentAt}::timestamp(3))`;
