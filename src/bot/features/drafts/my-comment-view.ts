import type { Translate } from "../../../i18n/translator.js";
import { commentActionsKeyboard } from "./comment-actions-keyboard.js";

export type MyComment = {
  id: string;
  clauseLabel: string | null;
  text: string;
  responseKind: string | null;
  responseText: string | null;
};

// One of a member's own comments with its answer; an unanswered one can still be edited or withdrawn.
export function myCommentView(t: Translate, comment: MyComment) {
  const response = comment.responseKind
    ? `${t(`drafts.response_${comment.responseKind}`)}: ${comment.responseText ?? ""}`
    : t("drafts.response_pending");
  return {
    text: t("drafts.mine_line", { clause: comment.clauseLabel ?? t("drafts.general"), text: comment.text, response }),
    keyboard: comment.responseKind ? undefined : commentActionsKeyboard(t, comment.id),
  };
}
