import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { editComment, withdrawComment } from "./drafts-callbacks.js";

// "Sửa" and "Rút lại" under a member's own comment.
export function commentActionsKeyboard(t: Translate, commentId: string) {
  return Markup.inlineKeyboard([
    [
      Markup.button.callback(t("drafts.edit_button"), editComment.pack({ commentId })),
      Markup.button.callback(t("drafts.withdraw_button"), withdrawComment.pack({ commentId })),
    ],
  ]);
}
