import { loadWorkCalendar } from "../../../domain/reports/load-work-calendar.js";
import type { WorkCalendar } from "../../../domain/reports/work-calendar.js";
import type { BotDeps } from "../../bot-deps.js";

// The work calendar in the bot's zone (APP_TIMEZONE): due dates, reminders and lateness all follow it.
export function loadReportCalendar(deps: BotDeps): Promise<WorkCalendar> {
  return loadWorkCalendar(deps.db, { timeZone: deps.timeZone });
}
