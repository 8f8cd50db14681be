import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Translate } from "../../../i18n/translator.js";
import { cancelWizard } from "./wizard-callbacks.js";

// The "Huỷ" row every wizard puts under its question.
export function cancelRow(t: Translate): InlineKeyboardButton[] {
  return [Markup.button.callback(t("common.cancel"), cancelWizard.pack({}))];
}
