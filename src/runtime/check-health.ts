import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { measureOutboxBacklog } from "../domain/delivery/measure-outbox-backlog.js";

export type Health = {
  ok: boolean;
  // Which replica answered (REPLICA_ID or hostname:pid).
  replica?: string;
  database: "ok" | "failing";
  outbox: { due: number; overdue: number; oldestDueAt: string | null; senderFailing: boolean } | null;
};

export type CheckHealth = () => Promise<Health>;

export type CheckHealthOptions = {
  db: Db;
  clock: Clock;
  // The sender's own view: its last writes or claims failed (a full disk shows here before rows grow old).
  senderFailing?: () => boolean;
  overdueMs?: number;
  replica?: string;
};

// GET /healthz: the database answers and the outbox is not stuck. Monitors read the status (200 or 503); the
// body says which part failed, never why in detail (that is in the log).
export function createHealthCheck(options: CheckHealthOptions): CheckHealth {
  const overdueMs = options.overdueMs ?? 15 * 60_000;
  return async () => {
    try {
      const backlog = await measureOutboxBacklog(options.db, { now: options.clock(), overdueMs });
      const senderFailing = options.senderFailing?.() ?? false;
      return {
        ok: backlog.overdue === 0 && !senderFailing,
        replica: options.replica,
        database: "ok",
        outbox: { ...backlog, oldestDueAt: backlog.oldestDueAt?.toISOString() ?? null, senderFailing },
      };
    } catch {
      return { ok: false, replica: options.replica, database: "failing", outbox: null };
    }
  };
}
