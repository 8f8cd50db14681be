import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { periodLabel } from "./list-periods.js";
import { readObligationSettings } from "./obligation-settings.js";

// Closed periods of one obligation, newest first, for the leader who asks for the history.
export async function listPastPeriods(
  db: Db,
  options: { blocId: string; obligationId: string; now: Date; take?: number },
) {
  const obligation = await db.reportObligation.findUnique({ where: { id: options.obligationId } });
  if (!obligation || obligation.blocId !== options.blocId) throw new DomainError("reports.error_unknown_obligation");
  const settings = readObligationSettings(obligation);
  const periods = await db.reportPeriod.findMany({
    where: { obligationId: obligation.id, closesAt: { lte: options.now } },
    orderBy: { dueAt: "desc" },
    take: options.take ?? 24,
  });
  return {
    obligationName: obligation.name,
    periods: periods.map((period) => ({
      id: period.id,
      label: periodLabel(period.periodKey, settings.recurrence),
      dueDate: period.dueDate,
    })),
  };
}
