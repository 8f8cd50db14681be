import type { Db } from "../../db/create-database.js";

// Reserves the next `count` send slots of the shared schedule `name`, `intervalUs` apart, none before `nowUs`;
// returns when the first one starts (µs since the epoch). One statement every replica runs against the same
// row, so no two replicas get the same slot. The same SQL on SQLite (3.35+) and PostgreSQL.
export async function takeSendBudget(
  db: Db,
  options: { name: string; nowUs: bigint; count: number; intervalUs: bigint },
): Promise<bigint> {
  const span = options.intervalUs * BigInt(options.count);
  const { name, nowUs } = options;
  const [row] = await db.$queryRaw<{ nextAt: bigint | number }[]>`
    INSERT INTO "SendBudget" ("name", "nextAt") VALUES (${name}, ${nowUs + span})
    ON CONFLICT ("name") DO UPDATE SET "nextAt" =
      CASE WHEN "SendBudget"."nextAt" > ${nowUs} THEN "SendBudget"."nextAt" ELSE ${nowUs} END + ${span}
    RETURNING "nextAt"`;
  return BigInt(row!.nextAt) - span;
}
