import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { skipAttachment } from "./announcements-callbacks.js";

// The text was taken; a file or photo may follow, or "Không đính kèm".
export function askAttachView(t: Translate, data: { length: number }) {
  return {
    text: t("announce.ask_attach", { length: data.length }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("announce.no_file_button"), skipAttachment.pack({}))],
      cancelRow(t),
    ]),
  };
}
