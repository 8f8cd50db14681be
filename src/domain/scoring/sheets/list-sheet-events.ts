import { listEventInstants, type ReportEvent } from "../../reports/event-instants.js";
import type { WorkCalendar } from "../../reports/work-calendar.js";
import { zonedDateOf } from "../../reports/zoned-time.js";
import type { ReviewSchedule } from "./review-schedule.js";

// remind_<n> and escalate_<to> around the sheet's deadline, as reports; explain_<n> before the explanation deadline.
export type SheetEvent = { kind: string; at: Date; daysBefore?: number; workingDays?: number };

export type ListSheetEventsOptions = {
  state: string;
  // The sheet's own deadline (the round's, or the unit's extension).
  deadline: Date;
  explanationDeadline: Date | null;
  // Nothing is sent for instants before this (the round's opening, the review of the sheet).
  since: Date;
  schedule: ReviewSchedule;
  calendar: WorkCalendar;
};

// The instants of one sheet, in time order, from the report obligations' model (listEventInstants): a draft is
// reminded on working days before its deadline at the round's time and escalated after it, first to the unit's
// signatory, then to the leader unit; a reviewed sheet is reminded before the explanation deadline. A reminder that
// would fall after the deadline itself (a deadline at 07:00, reminders at 08:00) is dropped.
export function listSheetEvents(options: ListSheetEventsOptions): SheetEvent[] {
  const { schedule, calendar } = options;
  const around = (deadline: Date, escalations: ReviewSchedule["escalations"]): ReportEvent[] =>
    listEventInstants({
      dueDate: zonedDateOf(deadline, calendar.timeZone),
      reminders: schedule.reminders,
      reminderTime: schedule.reminderTime,
      escalations,
      calendar,
    }).filter((event) => event.at >= options.since && (event.daysBefore === undefined || event.at < deadline));
  if (options.state === "draft") return around(options.deadline, schedule.escalations);
  if (options.state === "reviewed" && options.explanationDeadline)
    return around(options.explanationDeadline, []).map((event) => ({
      ...event,
      kind: `explain_${event.daysBefore ?? 0}`,
    }));
  return [];
}

export const sheetEventId = (event: SheetEvent) => `${event.kind}@${event.at.toISOString()}`;
export const handledInstant = (lastReminder: string | null) =>
  lastReminder ? new Date(lastReminder.slice(lastReminder.indexOf("@") + 1)) : null;
