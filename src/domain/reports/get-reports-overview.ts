import type { Db } from "../../db/create-database.js";
import type { ReportPeriod } from "../../generated/prisma/client.js";
import { describeDueRule } from "./due-rule.js";
import { periodLabel } from "./list-periods.js";
import { owesReport, readObligationSettings, type ObligationSettings } from "./obligation-settings.js";

// The leader's view: each obligation, how it is due, the periods already overdue that still take late reports
// (with a due day on or after the cut-off the next period opens before the current one falls due, so the newest
// open period alone would hide them), the period in progress, and how many closed periods lie behind.
export async function getReportsOverview(db: Db, options: { blocId: string; now: Date }) {
  const { now } = options;
  const obligations = await db.reportObligation.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ active: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const unitIds = (await db.unit.findMany({ where: { blocId: options.blocId }, select: { id: true } })).map(
    (unit) => unit.id,
  );
  const rows = [];
  for (const obligation of obligations) {
    const settings = readObligationSettings(obligation);
    const owing = unitIds.filter((id) => owesReport(settings, id)).length;
    const overdue = await db.reportPeriod.findMany({
      where: { obligationId: obligation.id, dueAt: { lt: now }, closesAt: { gt: now } },
      orderBy: { dueAt: "asc" },
    });
    const current = await db.reportPeriod.findFirst({
      where: { obligationId: obligation.id, opensAt: { lte: now }, dueAt: { gte: now } },
      orderBy: { dueAt: "asc" },
    });
    const next = await db.reportPeriod.findFirst({
      where: { obligationId: obligation.id, dueAt: { gt: now } },
      orderBy: { dueAt: "asc" },
    });
    const past = await db.reportPeriod.count({ where: { obligationId: obligation.id, closesAt: { lte: now } } });
    rows.push({
      obligation,
      settings,
      rule: describeDueRule(settings.dueRule, settings.recurrence),
      owing,
      overdue: await Promise.all(overdue.map((period) => summarize(db, period, settings))),
      current: current ? await summarize(db, current, settings) : null,
      nextDueDate: next?.dueDate ?? null,
      past,
    });
  }
  return { units: unitIds.length, obligations: rows };
}

async function summarize(db: Db, period: ReportPeriod, settings: ObligationSettings) {
  return {
    id: period.id,
    label: periodLabel(period.periodKey, settings.recurrence),
    dueDate: period.dueDate,
    submitted: await db.reportSubmission.count({ where: { periodId: period.id, state: "current" } }),
  };
}
