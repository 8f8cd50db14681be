import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { skipDeadline } from "./signing-callbacks.js";

export function signingDeadlineView(t: Translate) {
  return {
    text: t("signing.ask_deadline"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("signing.no_deadline_button"), skipDeadline.pack({}))],
      cancelRow(t),
    ]),
  };
}
