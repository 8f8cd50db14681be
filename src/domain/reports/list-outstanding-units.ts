import type { Tx } from "../../db/create-database.js";
import type { Unit } from "../../generated/prisma/client.js";
import { owesReport, type ObligationSettings } from "./obligation-settings.js";

// Units per `in` list: Prisma refuses a query with more bound values than SQLite's old limit of 999.
const chunkSize = 500;

// The units that owe this period's report and have no current submission for it, in the bloc's order.
// Only those units leave SQLite: each unit of the bloc is probed in the (periodId, unitId, state) index of
// the submissions, so a tick reads what is outstanding, not the bloc's units and the reports already in
// (there is no Unit–ReportSubmission relation for a `none` filter, hence the NOT EXISTS in SQL).
export async function listOutstandingUnits(
  tx: Tx,
  options: { blocId: string; periodId: string; settings: Pick<ObligationSettings, "unitIds"> },
): Promise<Unit[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT u."id" FROM "Unit" u
    WHERE u."blocId" = ${options.blocId}
      AND NOT EXISTS (
        SELECT 1 FROM "ReportSubmission" s WHERE s."periodId" = ${options.periodId} AND s."unitId" = u."id" AND s."state" = 'current'
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
