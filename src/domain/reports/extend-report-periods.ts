import type { Db } from "../../db/create-database.js";
import { ensureReportPresets } from "./ensure-report-presets.js";
import { planPeriods } from "./plan-periods.js";
import type { WorkCalendar } from "./work-calendar.js";

// Hourly: a bloc imported since gets the four usual reports, and every active obligation gets its periods up
// to the planning horizon, so reminders never depend on someone opening /reports first.
export async function extendReportPeriods(
  db: Db,
  options: { now: Date; calendar: WorkCalendar; presetName: (key: string) => string },
) {
  const blocs = await db.bloc.findMany({ select: { id: true } });
  let presets = 0;
  for (const bloc of blocs)
    presets += await ensureReportPresets(db, {
      blocId: bloc.id,
      name: options.presetName,
      calendar: options.calendar,
      now: options.now,
    });
  const obligations = await db.reportObligation.findMany({ where: { active: true } });
  let created = 0;
  for (const obligation of obligations) {
    const planned = await db.$transaction((tx) =>
      planPeriods(tx, { obligation, calendar: options.calendar, now: options.now }),
    );
    created += planned.created;
  }
  return { presets, obligations: obligations.length, created };
}
