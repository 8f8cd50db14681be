import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { encodeCallback } from "./callback-data.js";
import type { Translate } from "../i18n/translator.js";

// The answer buttons every member gets with a draft; stored keyed, so each recipient sees their language.
export function draftAnswerButtons(draftId: string) {
  return [
    [
      { textKey: "drafts.comment_button", callback_data: encodeCallback({ kind: "draft_comment", draftId }) },
      { textKey: "drafts.no_comments_button", callback_data: encodeCallback({ kind: "draft_no_comments", draftId }) },
    ],
  ];
}

export { cancelRow } from "./features/wizard/cancel-row.js";
import { cancelRow } from "./features/wizard/cancel-row.js";

export function clauseKeyboard(t: Translate, draftId: string, clauses: { id: string; label: string; title: string }[]) {
  const rows: InlineKeyboardButton[][] = [
    [Markup.button.callback(t("drafts.general"), encodeCallback({ kind: "draft_clause", draftId, clauseId: "g" }))],
  ];
  for (const clause of clauses) {
    const title = clause.title.length > 40 ? `${clause.title.slice(0, 39)}…` : clause.title;
    rows.push([
      Markup.button.callback(
        title ? `${clause.label}. ${title}` : clause.label,
        encodeCallback({ kind: "draft_clause", draftId, clauseId: clause.id }),
      ),
    ]);
  }
  rows.push(cancelRow(t));
  return Markup.inlineKeyboard(rows);
}
