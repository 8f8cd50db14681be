import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { defaultReminders } from "./reports-callbacks.js";

// The reminder days of a new obligation: typed, or the default with one tap.
export function askRemindersView(t: Translate) {
  return {
    text: t("reports.ask_reminders"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("reports.default_reminders"), defaultReminders.pack({}))],
      cancelRow(t),
    ]),
  };
}
