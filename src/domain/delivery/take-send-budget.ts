import type { Db } from "../../db/create-database.js";

// Adds `wanted` sends to the window's count, in one statement every replica runs against the same row, and
// returns how many of them fit under `quota`. A request that overshoots keeps its whole count in the row (it
// cannot be given back without a race), so the window is under-used at worst, never over-used. The same SQL on
// SQLite (3.35+) and PostgreSQL.
export async function takeSendBudget(db: Db, options: { window: number; wanted: number; quota: number }) {
  const { wanted, quota } = options;
  const [row] = await db.$queryRaw<{ used: number | bigint }[]>`
    INSERT INTO "SendBudget" ("window", "used") VALUES (${BigInt(options.window)}, ${wanted})
    ON CONFLICT ("window") DO UPDATE SET "used" = "SendBudget"."used" + excluded."used"
    RETURNING "used"`;
  const before = Number(row!.used) - wanted;
  return Math.max(0, Math.min(wanted, quota - before));
}

// Windows older than `before` are of no use to anyone.
export async function pruneSendBudget(db: Db, options: { before: number }): Promise<number> {
  const { count } = await db.sendBudget.deleteMany({ where: { window: { lt: BigInt(options.before) } } });
  return count;
}
