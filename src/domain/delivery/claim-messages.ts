import type { Db } from "../../db/create-database.js";
import { sqlDialect } from "../../db/sql-dialect.js";
import { Prisma, type OutboxMessage } from "../../generated/prisma/client.js";

export type ClaimMessagesOptions = {
  ids: string[];
  now: Date;
  // The replica that will send the rows, and until when its claim holds unless it extends it (extendClaims).
  claimant: string;
  until: Date;
};

// Marks rows as in flight before Telegram is called, so a crash leaves evidence of an unknown outcome, and so no
// other replica sends them: one statement for the whole batch, and a row another sender took meanwhile is simply
// not returned. SQLite has one writer at a time, so the conditional UPDATE … RETURNING cannot hand a row to two
// senders. On PostgreSQL the rows are locked with SKIP LOCKED: a replica never waits on rows another one is
// claiming, it just gets the rest.
export async function claimMessages(db: Db, options: ClaimMessagesOptions): Promise<OutboxMessage[]> {
  if (options.ids.length === 0) return [];
  if (sqlDialect(db) === "postgresql") return claimSkippingLocked(db, options);
  return db.outboxMessage.updateManyAndReturn({
    where: { id: { in: options.ids }, state: "pending" },
    data: {
      state: "sending",
      attempts: { increment: 1 },
      claimedBy: options.claimant,
      claimedUntil: options.until,
      updatedAt: options.now,
    },
  });
}

async function claimSkippingLocked(db: Db, options: ClaimMessagesOptions): Promise<OutboxMessage[]> {
  const { claimant, until, now } = options;
  const claimed = await db.$queryRaw<{ id: string }[]>`
    UPDATE "OutboxMessage"
    SET "state" = 'sending', "attempts" = "attempts" + 1, "claimedBy" = ${claimant}, "claimedUntil" = ${until},
        "updatedAt" = ${now}
    WHERE "id" IN (
      SELECT "id" FROM "OutboxMessage"
      WHERE "id" IN (${Prisma.join(options.ids)}) AND "state" = 'pending'
      FOR UPDATE SKIP LOCKED
    )
    RETURNING "id"`;
  if (claimed.length === 0) return [];
  // Read back through Prisma, so the rows have the same types (BigInt chat ids, Dates) as on SQLite.
  return db.outboxMessage.findMany({ where: { id: { in: claimed.map((row) => row.id) }, claimedBy: claimant } });
}
