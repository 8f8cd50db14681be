import type { Db } from "../../db/create-database.js";
import { periodLabel } from "./list-periods.js";
import { owesReport, readObligationSettings } from "./obligation-settings.js";
import { findReportingUnit } from "./find-reporting-unit.js";

// What a unit owes now: every open period of its obligations that accepts reports, with what it already sent.
export async function listUnitReports(db: Db, options: { blocId: string; personId: string; now: Date }) {
  const { unit } = await findReportingUnit(db, options);
  const periods = await db.reportPeriod.findMany({
    where: {
      state: "open",
      opensAt: { lte: options.now },
      closesAt: { gt: options.now },
      obligation: { blocId: options.blocId, active: true },
    },
    include: { obligation: true, submissions: { where: { unitId: unit.id, state: "current" } } },
    orderBy: [{ dueAt: "asc" }],
  });
  return {
    unit,
    periods: periods
      .map((period) => ({ period, settings: readObligationSettings(period.obligation) }))
      .filter(({ settings }) => owesReport(settings, unit.id))
      .map(({ period, settings }) => ({
        periodId: period.id,
        obligationName: period.obligation.name,
        label: periodLabel(period.periodKey, settings.recurrence),
        dueDate: period.dueDate,
        overdue: period.dueAt < options.now,
        current: period.submissions[0] ?? null,
      })),
  };
}
