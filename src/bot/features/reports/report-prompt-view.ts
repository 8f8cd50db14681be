import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";

// A wizard question answered by typing, with the shared "Huỷ" under it.
export function reportPromptView(t: Translate, data: { key: string }) {
  return { text: t(data.key), keyboard: Markup.inlineKeyboard([cancelRow(t)]) };
}
