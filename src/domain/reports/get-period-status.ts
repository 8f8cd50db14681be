import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { periodLabel } from "./list-periods.js";
import { owesReport, readObligationSettings } from "./obligation-settings.js";

export type UnitReportStatus = "on_time" | "late" | "missing" | "pending";

// Each owing unit on one period: its current report (receipt, time, days late) or that it is still missing.
export async function getPeriodStatus(db: Db, options: { blocId: string; periodId: string; now: Date }) {
  const period = await db.reportPeriod.findUnique({
    where: { id: options.periodId },
    include: { obligation: true, submissions: { where: { state: "current" } } },
  });
  if (!period || period.obligation.blocId !== options.blocId) throw new DomainError("reports.error_unknown_period");
  const settings = readObligationSettings(period.obligation);
  const units = await db.unit.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const byUnit = new Map(period.submissions.map((s) => [s.unitId, s]));
  const rows = units
    .filter((unit) => owesReport(settings, unit.id))
    .map((unit) => {
      const submission = byUnit.get(unit.id) ?? null;
      const status: UnitReportStatus = submission
        ? submission.lateDays > 0
          ? "late"
          : "on_time"
        : period.dueAt < options.now
          ? "missing"
          : "pending";
      return { unitId: unit.id, unitName: unit.shortName ?? unit.name, status, submission };
    });
  return {
    period,
    obligationName: period.obligation.name,
    label: periodLabel(period.periodKey, settings.recurrence),
    rows,
  };
}
