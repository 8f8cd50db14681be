import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Translate } from "../../../i18n/translator.js";
import { downloadSheetXlsx, uploadSheetXlsx } from "./sheet-file-callbacks.js";

// The Excel round trip on the draft sheet's first screen: get the pre-filled file, send the filled one back.
export function sheetFileButtons(t: Translate, sheetId: string): InlineKeyboardButton[] {
  return [
    Markup.button.callback(t("scoresheet.download_button"), downloadSheetXlsx.pack({ sheetId })),
    Markup.button.callback(t("scoresheet.upload_button"), uploadSheetXlsx.pack({ sheetId })),
  ];
}
