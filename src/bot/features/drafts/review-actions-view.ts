import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { changeReminders, exportSynthesis, extendDeadline, markFinal, uploadVersion } from "./drafts-callbacks.js";

// The end of the leader's review: exports, deadline, reminders, a new version, the final mark.
export function reviewActionsView(t: Translate, data: { draftId: string; version: number; isFinal: boolean }) {
  const { draftId } = data;
  return {
    text: t("drafts.actions_title"),
    keyboard: Markup.inlineKeyboard([
      [
        Markup.button.callback(t("drafts.export_docx_button"), exportSynthesis.pack({ draftId, format: "docx" })),
        Markup.button.callback(t("drafts.export_xlsx_button"), exportSynthesis.pack({ draftId, format: "xlsx" })),
      ],
      [Markup.button.callback(t("drafts.extend_button"), extendDeadline.pack({ draftId }))],
      [Markup.button.callback(t("drafts.reminders_button"), changeReminders.pack({ draftId }))],
      [Markup.button.callback(t("drafts.upload_button"), uploadVersion.pack({ draftId }))],
      ...(data.isFinal
        ? []
        : [[Markup.button.callback(t("drafts.final_button", { version: data.version }), markFinal.pack({ draftId }))]]),
    ]),
  };
}
