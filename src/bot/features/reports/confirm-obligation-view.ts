import { Markup } from "telegraf";
import type { KeyedText } from "../../../domain/delivery/enqueue-messages.js";
import type { Escalation } from "../../../domain/reports/obligation-settings.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { displayDate, escalationText, keyed, reminderDaysText } from "./report-texts.js";
import { createReport } from "./reports-callbacks.js";

export type ObligationToCreate = {
  name: string;
  rule: KeyedText;
  units: number;
  reminders: number[];
  escalations: Escalation[];
  upcoming: string[];
};

// The last check before a new obligation is planned: its settings and the next due dates.
export function confirmObligationView(t: Translate, data: ObligationToCreate) {
  return {
    text: t("reports.confirm_new", {
      name: data.name,
      rule: keyed(t, data.rule),
      units: data.units,
      reminders: reminderDaysText(t, data.reminders),
      escalation: escalationText(t, data.escalations),
      upcoming: data.upcoming.map(displayDate).join(", ") || "—",
    }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("reports.create_button"), createReport.pack({}))],
      cancelRow(t),
    ]),
  };
}
