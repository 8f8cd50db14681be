import { DomainError } from "../domain-error.js";
import { parseOffsets } from "../schedules/parse-offsets.js";
import type { Escalation } from "./obligation-settings.js";

const numbers = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

export const minutesPerDay = 1440;

// "3, 1, 0" or "3 ngày, 1 ngày, 0": working days before the due date, in the one reminder grammar with days as
// the bare unit. Only whole days make sense here. A lone "0" is the due date itself, not "off": a report always
// has at least one reminder.
export function parseReminderDays(text: string): number[] {
  const errorCode = "reports.error_bad_reminders";
  if (text.trim() === "0") return [0];
  const offsets = parseOffsets(text, {
    errorCode,
    minMinutes: 0,
    maxMinutes: 30 * minutesPerDay,
    maxCount: 6,
    bareUnit: "days",
  });
  if (offsets.some((minutes) => minutes % minutesPerDay !== 0)) throw new DomainError(errorCode);
  return offsets.map((minutes) => minutes / minutesPerDay);
}

// The day of the month the covered data ends (14: from the 15th of the previous month to the 14th).
export function parseCutoffDay(text: string): number {
  const day = Number(text.trim());
  if (!Number.isInteger(day) || day < 1 || day > 28) throw new DomainError("reports.error_bad_cutoff");
  return day;
}

// "1, 3": working days late before the unit's signatory, then the leader unit, are told; "0" turns escalation off.
export function parseEscalationDays(text: string): Escalation[] {
  const parts = numbers(text);
  if (parts.length === 1 && parts[0] === "0") return [];
  const days = parts.map(Number);
  if (parts.length !== 2 || days.some((d) => !Number.isInteger(d) || d < 1 || d > 30) || days[0]! > days[1]!)
    throw new DomainError("reports.error_bad_escalations");
  return [
    { workingDays: days[0]!, to: "signatory" },
    { workingDays: days[1]!, to: "leader_unit" },
  ];
}
