import type { Db } from "../../db/create-database.js";
import { describeDueRule } from "./due-rule.js";
import { periodLabel } from "./list-periods.js";
import { owesReport, readObligationSettings } from "./obligation-settings.js";

// The leader's view: each obligation, how it is due, and where the units stand on its latest opened period.
export async function getReportsOverview(db: Db, options: { blocId: string; now: Date }) {
  const obligations = await db.reportObligation.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ active: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  const units = await db.unit.count({ where: { blocId: options.blocId } });
  const unitIds = (await db.unit.findMany({ where: { blocId: options.blocId }, select: { id: true } })).map(
    (unit) => unit.id,
  );
  const rows = [];
  for (const obligation of obligations) {
    const settings = readObligationSettings(obligation);
    const owing = unitIds.filter((id) => owesReport(settings, id)).length;
    const current = await db.reportPeriod.findFirst({
      where: { obligationId: obligation.id, opensAt: { lte: options.now } },
      orderBy: { dueAt: "desc" },
    });
    const next = await db.reportPeriod.findFirst({
      where: { obligationId: obligation.id, dueAt: { gt: options.now } },
      orderBy: { dueAt: "asc" },
    });
    const submitted = current
      ? await db.reportSubmission.count({ where: { periodId: current.id, state: "current" } })
      : 0;
    rows.push({
      obligation,
      settings,
      rule: describeDueRule(settings.dueRule, settings.recurrence),
      owing,
      current: current
        ? {
            id: current.id,
            label: periodLabel(current.periodKey, settings.recurrence),
            dueDate: current.dueDate,
            submitted,
          }
        : null,
      nextDueDate: next?.dueDate ?? null,
    });
  }
  return { units, obligations: rows };
}
