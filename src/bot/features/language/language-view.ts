import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { chooseLanguage } from "./language-callbacks.js";

export function languageView(t: Translate) {
  return {
    text: t("lang.choose"),
    keyboard: Markup.inlineKeyboard([
      Markup.button.callback(t("lang.name_vi"), chooseLanguage.pack({ locale: "vi" })),
      Markup.button.callback(t("lang.name_en"), chooseLanguage.pack({ locale: "en" })),
    ]),
  };
}
