import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";

// A wizard question answered by a message (the covenant file, the void reason), with only "Huỷ" under it.
export function signingPromptView(t: Translate, key: "signing.ask_file" | "signing.ask_void_reason") {
  return { text: t(key), keyboard: Markup.inlineKeyboard([cancelRow(t)]) };
}
