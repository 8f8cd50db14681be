import { Markup } from "telegraf";
import { cancelRow } from "../wizard/cancel-row.js";
import type { Translate } from "../../../i18n/translator.js";

// A wizard's question with its "Huỷ" row.
export function promptView(t: Translate, text: string) {
  return { text, keyboard: Markup.inlineKeyboard([cancelRow(t)]) };
}
