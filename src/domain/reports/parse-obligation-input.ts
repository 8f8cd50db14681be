import { DomainError } from "../domain-error.js";
import type { Escalation } from "./obligation-settings.js";

const numbers = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

// "3, 1, 0": working days before the due date; 0 is the due date itself.
export function parseReminderDays(text: string): number[] {
  const parts = numbers(text);
  const days = parts.map(Number);
  if (parts.length === 0 || parts.length > 6 || days.some((d) => !Number.isInteger(d) || d < 0 || d > 30))
    throw new DomainError("reports.error_bad_reminders");
  return [...new Set(days)].sort((a, b) => b - a);
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
