import type { Tx } from "../../db/create-database.js";
import type { AuditActor } from "../audit/record-audit.js";
import { clampedDate, splitDate } from "../reports/calendar-date.js";
import { insertObligation } from "../reports/create-obligation.js";
import { readObligationSettings } from "../reports/obligation-settings.js";
import type { WorkCalendar } from "../reports/work-calendar.js";

type CopyOptions = { blocId: string; year: number; actor: AuditActor; calendar: WorkCalendar; now: Date };

// Last year's report obligations for the new year. A recurring obligation (monthly, quarterly, half-yearly, yearly,
// cron) already plans the new year's periods by itself, so a copy would owe every report twice: it is counted as
// carried over. A one-off obligation dated last year is copied to the same day of the new year, paused: a draft the
// leader reviews in /reports and resumes.
export async function copyYearObligations(tx: Tx, options: CopyOptions) {
  const rows = await tx.reportObligation.findMany({
    where: { blocId: options.blocId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const copied: string[] = [];
  let carried = 0;
  for (const row of rows) {
    const settings = readObligationSettings(row);
    if (settings.dueRule.kind !== "date") {
      if (row.active) carried++;
      continue;
    }
    const due = splitDate(settings.dueRule.date);
    if (due.year !== options.year - 1) continue;
    await insertObligation(tx, {
      blocId: options.blocId,
      obligation: {
        name: row.name,
        recurrence: settings.recurrence,
        dueRule: { kind: "date", date: clampedDate(options.year, due.month, due.day) },
        unitIds: settings.unitIds,
        reminders: settings.reminders,
        escalations: settings.escalations,
        preset: row.preset,
        active: false,
        reminderTime: settings.reminderTime,
        shift: settings.shift,
        cutoffDay: settings.cutoffDay,
      },
      calendar: options.calendar,
      actor: options.actor,
      now: options.now,
    });
    copied.push(row.name);
  }
  return { copied, carried };
}
