import type { Db } from "../../db/create-database.js";
import { writeObligation } from "./create-obligation.js";
import { reportPresets } from "./report-presets.js";
import type { WorkCalendar } from "./work-calendar.js";

// A bloc that never had an obligation starts with the four usual reports; one that deleted them is left alone.
export async function ensureReportPresets(
  db: Db,
  options: { blocId: string; name: (key: string) => string; calendar: WorkCalendar; now: Date },
) {
  if ((await db.reportObligation.count({ where: { blocId: options.blocId } })) > 0) return 0;
  for (const preset of reportPresets) {
    await writeObligation(db, {
      blocId: options.blocId,
      actor: {},
      obligation: {
        name: options.name(preset.nameKey),
        recurrence: preset.recurrence,
        dueRule: preset.dueRule,
        preset: preset.preset,
      },
      calendar: options.calendar,
      now: options.now,
    });
  }
  return reportPresets.length;
}
