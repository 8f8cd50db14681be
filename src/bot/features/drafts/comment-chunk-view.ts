import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { clipText } from "./clip-text.js";
import { respondToComment } from "./drafts-callbacks.js";

export type ReviewComment = {
  id: string;
  clauseLabel: string | null;
  unitName: string;
  unitShortName: string | null;
  personName: string;
  versionNumber: number;
  text: string;
  responseKind: string | null;
  responseText: string | null;
};

// Some comments of the review, numbered from `first`, each with "Tiếp thu" and "Giải trình".
export function commentChunkView(t: Translate, data: { first: number; comments: ReviewComment[] }) {
  const lines: string[] = [];
  const rows = data.comments.map((comment, offset) => {
    const index = data.first + offset;
    const answer = comment.responseKind
      ? t("drafts.answer_line", {
          kind: t(`drafts.response_${comment.responseKind}`),
          text: clipText(comment.responseText ?? "", 300),
        })
      : t("drafts.response_pending");
    lines.push(
      t("drafts.comment_line", {
        index,
        clause: comment.clauseLabel ?? t("drafts.general"),
        unit: comment.unitShortName ?? comment.unitName,
        person: comment.personName,
        version: comment.versionNumber,
        text: clipText(comment.text, 600),
        answer,
      }),
    );
    const commentId = comment.id;
    return [
      Markup.button.callback(
        t("drafts.accept_button", { index }),
        respondToComment.pack({ commentId, response: "accepted" }),
      ),
      Markup.button.callback(
        t("drafts.explain_button", { index }),
        respondToComment.pack({ commentId, response: "explained" }),
      ),
    ];
  });
  return { text: lines.join("\n\n"), keyboard: Markup.inlineKeyboard(rows) };
}
