import { Markup } from "telegraf";
import { RecurrenceSchema } from "../../../domain/reports/due-rule.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { chooseRecurrence } from "./reports-callbacks.js";

// How often a new obligation is due: one button per recurrence.
export function recurrenceView(t: Translate) {
  return {
    text: t("reports.ask_recurrence"),
    keyboard: Markup.inlineKeyboard([
      ...RecurrenceSchema.options.map((recurrence) => [
        Markup.button.callback(t(`reports.recurrence_${recurrence}`), chooseRecurrence.pack({ recurrence })),
      ]),
      cancelRow(t),
    ]),
  };
}
