import type { ReportingRecord } from "./scoring-types.js";

export type ReportingPeriodInput = {
  dueAt: Date;
  // One row per unit that owes the period (a unit left out does not owe it): its current submission, or null.
  units: { unitId: string; submittedAt: Date | null }[];
};

// A year of the reporting regime as counts per unit, in the reports domain's terms (getCompliance): a current
// submission after dueAt is late (submitReport's lateDays > 0), none by `now` once dueAt has passed is missing,
// none before dueAt is still pending and counts for nothing; a period the unit does not owe counts for nothing.
export function summarizeReportingRecord(options: {
  unitIds: string[];
  periods: ReportingPeriodInput[];
  now: Date;
}): Map<string, ReportingRecord> {
  const records = new Map<string, ReportingRecord>(options.unitIds.map((id) => [id, { late: 0, missing: 0 }]));
  const now = options.now.getTime();
  for (const period of options.periods) {
    const due = period.dueAt.getTime();
    for (const { unitId, submittedAt } of period.units) {
      let record = records.get(unitId);
      if (!record) records.set(unitId, (record = { late: 0, missing: 0 }));
      if (submittedAt) {
        if (submittedAt.getTime() > due) record.late += 1;
      } else if (due < now) record.missing += 1;
    }
  }
  return records;
}
