import { z } from "zod";
import {
  EscalationsSchema,
  ReminderOffsetsSchema,
  ReminderTimeSchema,
  type Escalation,
} from "../../reports/event-instants.js";

// A round's reminders and escalations, the same model as a report obligation's: working days before the deadline,
// the time of day, and escalations after it to the late unit's signatory and then the leader unit.
export type ReviewSchedule = { reminders: number[]; reminderTime: string; escalations: Escalation[] };

export const ReviewScheduleSchema = z.object({
  reminders: ReminderOffsetsSchema,
  reminderTime: ReminderTimeSchema,
  escalations: EscalationsSchema,
});

// As for reports (the columns' defaults): 3, 1 and 0 working days before at 08:00; the signatory one working day
// late, the leader unit three.
export const defaultReviewSchedule: ReviewSchedule = {
  reminders: [3, 1, 0],
  reminderTime: "08:00",
  escalations: [
    { workingDays: 1, to: "signatory" },
    { workingDays: 3, to: "leader_unit" },
  ],
};

export function readReviewSchedule(row: { reminders: string; reminderTime: string; escalations: string }) {
  return ReviewScheduleSchema.parse({
    reminders: JSON.parse(row.reminders),
    reminderTime: row.reminderTime,
    escalations: JSON.parse(row.escalations),
  });
}

export function scheduleColumns(schedule: ReviewSchedule) {
  return {
    reminders: JSON.stringify(schedule.reminders),
    reminderTime: schedule.reminderTime,
    escalations: JSON.stringify(schedule.escalations),
  };
}

// The instant a unit's sheet is due: its own extension if the leader gave one, else the round's deadline.
export const sheetDeadline = (sheet: { extendedUntil: Date | null }, round: { deadline: Date }) =>
  sheet.extendedUntil ?? round.deadline;
