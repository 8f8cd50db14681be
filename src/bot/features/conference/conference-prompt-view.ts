import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { namesLater, skipStep } from "./conference-callbacks.js";

// A wizard's question with its "Huỷ" row.
export function conferencePromptView(t: Translate, text: string) {
  return { text, keyboard: Markup.inlineKeyboard([cancelRow(t)]) };
}

// The agenda and the chair may be left out: "Bỏ qua" above "Huỷ".
export function optionalStepView(t: Translate, step: "agenda" | "chair") {
  return {
    text: t(`conference.ask_${step}`),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("conference.skip_button"), skipStep.pack({ step }))],
      cancelRow(t),
    ]),
  };
}

// The names of who attends, or "Tham dự, gửi tên sau" when they are not known yet.
export function namesPromptView(t: Translate, text: string) {
  return {
    text,
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("conference.names_later_button"), namesLater.pack({}))],
      cancelRow(t),
    ]),
  };
}
