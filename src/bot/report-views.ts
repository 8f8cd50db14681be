import type { Translate } from "../i18n/translator.js";
import type { KeyedText } from "../domain/delivery/enqueue-messages.js";

// Texts shared by the reporting handlers: a period label, a due date, a receipt line.
export function keyed(t: Translate, text: KeyedText): string {
  return t(text.key, text.params as Record<string, string | number> | undefined);
}

export { displayDate as vietnamDate } from "../domain/reports/calendar-date.js";

export function lateText(t: Translate, lateDays: number): string {
  return lateDays > 0 ? t("reports.late_days", { days: lateDays }) : t("reports.on_time");
}
