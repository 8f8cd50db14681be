import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { commentActionsKeyboard } from "./comment-actions-keyboard.js";

export type SavedComment = {
  commentId: string;
  title: string;
  clauseLabel: string | null;
  deadline: Date;
  timeZone: string;
};

export function commentSavedView(t: Translate, data: SavedComment) {
  return {
    text: t("drafts.comment_saved", {
      title: data.title,
      clause: data.clauseLabel ?? t("drafts.general"),
      deadline: formatDateTime(data.deadline, data.timeZone),
    }),
    keyboard: commentActionsKeyboard(t, data.commentId),
  };
}
