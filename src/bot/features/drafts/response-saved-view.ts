import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { reviewDraft } from "./drafts-callbacks.js";

// After "Tiếp thu" / "Giải trình": saved, and a way back to the review.
export function responseSavedView(t: Translate, data: { draftId: string; response: "accepted" | "explained" }) {
  return {
    text: t("drafts.response_saved", { kind: t(`drafts.response_${data.response}`) }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("drafts.back_to_review_button"), reviewDraft.pack({ draftId: data.draftId }))],
    ]),
  };
}
