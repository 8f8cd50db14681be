import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { dismiss } from "../wizard/wizard-callbacks.js";
import { clipText } from "./clip-text.js";
import { confirmWithdraw } from "./drafts-callbacks.js";

// "Rút lại góp ý?" with yes / no: a withdrawn comment cannot be brought back.
export function withdrawConfirmView(t: Translate, comment: { id: string; clauseLabel: string | null; text: string }) {
  return {
    text: t("drafts.confirm_withdraw", {
      clause: comment.clauseLabel ?? t("drafts.general"),
      text: clipText(comment.text, 3000),
    }),
    keyboard: Markup.inlineKeyboard([
      [
        Markup.button.callback(t("drafts.withdraw_yes_button"), confirmWithdraw.pack({ commentId: comment.id })),
        Markup.button.callback(t("drafts.withdraw_no_button"), dismiss.pack({})),
      ],
    ]),
  };
}
