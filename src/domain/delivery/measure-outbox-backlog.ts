import type { Db } from "../../db/create-database.js";

export type OutboxBacklog = { due: number; overdue: number; oldestDueAt: Date | null };

// What the outbox owes now, for the health check: rows due, and those overdue by more than `overdueMs` (pending
// past their time, or claimed for sending that long ago without an outcome). A broadcast to every member at
// Telegram's 30/s drains in minutes, so rows that old mean the sender is stuck.
export async function measureOutboxBacklog(db: Db, options: { now: Date; overdueMs: number }): Promise<OutboxBacklog> {
  const before = new Date(options.now.getTime() - options.overdueMs);
  const [due, latePending, lateSending, oldest] = await Promise.all([
    db.outboxMessage.count({ where: { state: "pending", nextAttemptAt: { lte: options.now } } }),
    db.outboxMessage.count({ where: { state: "pending", nextAttemptAt: { lte: before } } }),
    db.outboxMessage.count({ where: { state: "sending", updatedAt: { lte: before } } }),
    db.outboxMessage.findFirst({
      where: { state: { in: ["pending", "sending"] }, nextAttemptAt: { lte: options.now } },
      orderBy: { nextAttemptAt: "asc" },
      select: { nextAttemptAt: true },
    }),
  ]);
  return { due, overdue: latePending + lateSending, oldestDueAt: oldest?.nextAttemptAt ?? null };
}
