import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import { describeOffsets } from "../../views/describe-offsets.js";
import { minutesPerDay } from "../../../domain/reports/parse-obligation-input.js";
import type { Translate } from "../../../i18n/translator.js";

// Texts shared by the reporting views: a period label, a due date, a receipt's status.
export function keyed(t: Translate, text: KeyedText): string {
  return t(text.key, text.params as Record<string, string | number> | undefined);
}

export { displayDate } from "../../../domain/reports/calendar-date.js";

export function lateText(t: Translate, lateDays: number): string {
  return lateDays > 0 ? t("reports.late_days", { days: lateDays }) : t("reports.on_time");
}

// "sau 1 ngày làm việc báo lãnh đạo đơn vị; sau 3 ngày …": each rule from its own locale key, never the message
// text the escalation itself sends.
export function escalationText(t: Translate, escalations: { workingDays: number; to: string }[]): string {
  if (escalations.length === 0) return t("reports.escalation_none");
  return escalations.map((e) => t(`reports.escalation_rule_${e.to}`, { days: e.workingDays })).join("; ");
}

// Reminder days are working days before the due date, read like every other reminder schedule.
export function reminderDaysText(t: Translate, days: number[]): string {
  return describeOffsets(
    t,
    days.map((d) => d * minutesPerDay),
  );
}
