import { Markup } from "telegraf";
import type { ConferenceUnitRow } from "../../../domain/conference/get-conference-overview.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { markUnit } from "./conference-callbacks.js";

export type MarkList = { conferenceId: string; title: string; rows: ConferenceUnitRow[]; timeZone: string };

// The units as buttons, ✅ with the time for those already present; a tap marks one present.
export function markListView(t: Translate, data: MarkList) {
  const buttons = data.rows.map((row) => {
    const unit = row.shortName ?? row.unitName;
    const label = row.checkedInAt
      ? t("conference.mark_done_label", { unit, time: formatDateTime(row.checkedInAt, data.timeZone).slice(11) })
      : t(`conference.mark_label_${row.answer}`, { unit });
    return [Markup.button.callback(label, markUnit.pack({ conferenceId: data.conferenceId, unitId: row.unitId }))];
  });
  return { text: t("conference.mark_title", { title: data.title }), keyboard: Markup.inlineKeyboard(buttons) };
}
