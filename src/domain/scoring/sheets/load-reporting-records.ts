import type { Tx } from "../../../db/create-database.js";
import { owesReport, readObligationSettings } from "../../reports/obligation-settings.js";
import type { ReportingRecord } from "../calculate/scoring-types.js";
import { summarizeReportingRecord } from "../calculate/summarize-reporting-record.js";

// Each unit's late and missing reports over the year's periods, from the current submissions (as getCompliance).
export async function loadReportingRecords(
  tx: Tx,
  options: { blocId: string; year: number; unitIds: string[]; now: Date },
): Promise<Map<string, ReportingRecord>> {
  const obligations = await tx.reportObligation.findMany({
    where: { blocId: options.blocId },
    include: {
      periods: {
        where: { dueDate: { gte: `${options.year}-01-01`, lte: `${options.year}-12-31` } },
        include: { submissions: { where: { state: "current" } } },
      },
    },
  });
  const periods = obligations.flatMap((obligation) => {
    const settings = readObligationSettings(obligation);
    return obligation.periods.map((period) => {
      const byUnit = new Map(period.submissions.map((s) => [s.unitId, s.submittedAt]));
      return {
        dueAt: period.dueAt,
        units: options.unitIds
          .filter((unitId) => owesReport(settings, unitId))
          .map((unitId) => ({ unitId, submittedAt: byUnit.get(unitId) ?? null })),
      };
    });
  });
  return summarizeReportingRecord({ unitIds: options.unitIds, periods, now: options.now });
}
