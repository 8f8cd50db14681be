import { z } from "zod";
import { addWorkingDays, type WorkCalendar } from "./work-calendar.js";
import { zonedDateOf, zonedInstant } from "./zoned-time.js";
import { toDayNumber, fromDayNumber } from "./calendar-date.js";

// Working days before the due date (0 = on the due date itself).
export const ReminderOffsetsSchema = z.array(z.number().int().min(0).max(60)).max(10);
export const ReminderTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be HH:mm");
export const EscalationTargetSchema = z.enum(["signatory", "leader_unit"]);
// Working days after the due date.
export const EscalationsSchema = z
  .array(z.object({ workingDays: z.number().int().min(1).max(60), to: EscalationTargetSchema }))
  .max(10);

export type Escalation = z.infer<typeof EscalationsSchema>[number];
export type ReportEventKind = `remind_${number}` | `escalate_${z.infer<typeof EscalationTargetSchema>}`;
// daysBefore for reminders, workingDays for escalations: what the message says ("in 3 working days").
export type ReportEvent = { kind: ReportEventKind; at: Date; daysBefore?: number; workingDays?: number };

export type ListEventInstantsOptions = {
  dueDate: string;
  reminders: number[];
  reminderTime: string;
  escalations: Escalation[];
  calendar: WorkCalendar;
};

// Reminders and escalations of one period, in time order. Each is at reminderTime (the calendar's zone) on a working day
// counted from the due date, so a reminder never lands on a holiday and "3 days before" skips weekends.
export function listEventInstants(options: ListEventInstantsOptions): ReportEvent[] {
  const time = ReminderTimeSchema.parse(options.reminderTime);
  const events = new Map<ReportEventKind, ReportEvent>();
  for (const offset of options.reminders) {
    const kind: ReportEventKind = `remind_${offset}`;
    events.set(kind, {
      kind,
      at: zonedInstant(addWorkingDays(options.dueDate, -offset, options.calendar), time, options.calendar.timeZone),
      daysBefore: offset,
    });
  }
  for (const escalation of [...options.escalations].sort((a, b) => a.workingDays - b.workingDays)) {
    const kind: ReportEventKind = `escalate_${escalation.to}`;
    // Two escalations to the same people: the earlier one is the one that matters.
    if (events.has(kind)) continue;
    const date = addWorkingDays(options.dueDate, escalation.workingDays, options.calendar);
    const at = zonedInstant(date, time, options.calendar.timeZone);
    events.set(kind, { kind, at, workingDays: escalation.workingDays });
  }
  return [...events.values()].sort((a, b) => a.at.getTime() - b.at.getTime() || a.kind.localeCompare(b.kind));
}

// Working days after the due date up to and including the date of submission (in the calendar's zone); 0 when on time.
// A report sent on the Saturday after a Friday due date is late (dueAt decides that) by 0 working days.
export function lateWorkingDays(dueDate: string, submittedAt: Date, calendar: WorkCalendar): number {
  const submitted = toDayNumber(zonedDateOf(submittedAt, calendar.timeZone));
  let count = 0;
  for (let day = toDayNumber(dueDate) + 1; day <= submitted; day++)
    if (calendar.isWorkingDay(fromDayNumber(day))) count++;
  return count;
}
