import { z } from "zod";
import type { OffsetRules } from "../schedules/parse-offsets.js";

// One person a unit sends: "Họ tên – Chức vụ".
export const AttendeeSchema = z.object({ name: z.string().min(1).max(100), title: z.string().min(1).max(150) });
export type Attendee = z.infer<typeof AttendeeSchema>;
export const AttendeesSchema = z.array(AttendeeSchema);

// attending (tham dự) | absent (không tham dự, with a reason) | deputy (cử người dự thay)
export const RsvpAnswerSchema = z.enum(["attending", "absent", "deputy"]);
export type RsvpAnswer = z.infer<typeof RsvpAnswerSchema>;

// Minutes before startsAt; the JSON columns Conference.rsvpReminders and Conference.attendeeReminders.
export const ReminderOffsetsSchema = z.array(z.number().int().positive());

// rsvp: units that have not answered; attendee: units that attend (in person or by a deputy).
export const ReminderTargetSchema = z.enum(["rsvp", "attendee"]);
export type ReminderTarget = z.infer<typeof ReminderTargetSchema>;

// Limits of the wizard's free texts.
export const conferenceTextLimits = { title: 300, venue: 300, agenda: 2000, chair: 200, reason: 500 } as const;
export const maxAttendeesPerUnit = 20;

// How long before the start a reminder goes, in the shared offset grammar: "3d, 1d, 2h", "3 ngày, 2 giờ, 30 phút"
// or plain minutes; "tắt" / "off" turns that kind of reminder off. At most 5, from 5 minutes to 60 days.
export const conferenceOffsetRules: OffsetRules = {
  errorCode: "conference.error_bad_offsets",
  minMinutes: 5,
  maxMinutes: 60 * 1440,
  allowOff: true,
};
