import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { skipVersionNote } from "./drafts-callbacks.js";

export function versionNoteView(t: Translate) {
  return {
    text: t("drafts.ask_version_note"),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("drafts.skip_note_button"), skipVersionNote.pack({}))],
      cancelRow(t),
    ]),
  };
}
