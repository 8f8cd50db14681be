import type { Tx } from "../../db/create-database.js";
import type { Unit } from "../../generated/prisma/client.js";
import { owesReport, type ObligationSettings } from "./obligation-settings.js";

// Units per `in` list: Prisma refuses a query with more bound values than SQLite's old limit of 999.
const chunkSize = 500;

// The units that owe this period's report and have no current submission for it, in the bloc's order.
// Only those units leave the database: the bloc's units less the period's current submissions, two sorted index
// scans merged (EXCEPT), so a tick reads what is outstanding, not the bloc's units and the reports already in.
// A NOT EXISTS probe per unit took half as long again over 10,000 units (bench/report-tick.ts).
export async function listOutstandingUnits(
  tx: Tx,
  options: { blocId: string; periodId: string; settings: Pick<ObligationSettings, "unitIds"> },
): Promise<Unit[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "Unit" u
    WHERE u."id" IN (
      SELECT "id" FROM "Unit" WHERE "blocId" = ${options.blocId}
      EXCEPT
      SELECT "unitId" FROM "ReportSubmission" WHERE "periodId" = ${options.periodId} AND "state" = 'current'
    )
    ORDER BY u."position" ASC, u."code" ASC`;
  const ids = rows.map((row) => row.id).filter((id) => owesReport(options.settings, id));
  const byId = new Map<string, Unit>();
  for (let start = 0; start < ids.length; start += chunkSize) {
    for (const unit of await tx.unit.findMany({ where: { id: { in: ids.slice(start, start + chunkSize) } } }))
      byId.set(unit.id, unit);
  }
  return ids.flatMap((id) => byId.get(id) ?? []);
}
