import type { Tx } from "../../db/create-database.js";
import { loadWorkCalendar } from "./load-work-calendar.js";
import { planPeriods } from "./plan-periods.js";

// A new day off or working day can move due dates and reminders of periods not yet due; periods already due,
// and reminders already sent, stay as they were. Returns how many planned periods were recomputed.
export async function replanAfterCalendarChange(tx: Tx, options: { now: Date; timeZone: string }): Promise<number> {
  const calendar = await loadWorkCalendar(tx, { timeZone: options.timeZone });
  const obligations = await tx.reportObligation.findMany({ where: { active: true } });
  let recomputed = 0;
  for (const obligation of obligations)
    recomputed += (await planPeriods(tx, { obligation, calendar, now: options.now, replan: true })).updated;
  return recomputed;
}
