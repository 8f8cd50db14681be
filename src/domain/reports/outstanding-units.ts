import type { Tx } from "../../db/create-database.js";
import { owesReport, type ObligationSettings } from "./obligation-settings.js";

// The units that owe this period's report and have no current submission for it, in the bloc's order.
export async function listOutstandingUnits(tx: Tx, options: { blocId: string; periodId: string; settings: Pick<ObligationSettings, "unitIds"> }) {
  const units = await tx.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }, { code: "asc" }] });
  const submitted = new Set(
    (await tx.reportSubmission.findMany({ where: { periodId: options.periodId, state: "current" }, select: { unitId: true } })).map((row) => row.unitId),
  );
  return units.filter((unit) => owesReport(options.settings, unit.id) && !submitted.has(unit.id));
}
