import type { Translate } from "../../i18n/translator.js";

// "3 ngày, 1 ngày, 2 giờ": the reading of parseOffsets' result, for every setting that has reminders.
export function describeOffsets(t: Translate, offsets: number[]): string {
  if (offsets.length === 0) return t("schedule.offsets_off");
  return offsets
    .map((minutes) =>
      minutes % 1440 === 0
        ? t("schedule.offset_days", { count: minutes / 1440 })
        : minutes % 60 === 0
          ? t("schedule.offset_hours", { count: minutes / 60 })
          : t("schedule.offset_minutes", { count: minutes }),
    )
    .join(", ");
}
