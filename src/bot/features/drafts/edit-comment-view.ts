import type { Translate } from "../../../i18n/translator.js";
import { clipText } from "./clip-text.js";
import { promptView } from "./prompt-view.js";

// The question for a new text, with the text it replaces.
export function editCommentView(t: Translate, comment: { clauseLabel: string | null; text: string }) {
  return promptView(
    t,
    t("drafts.ask_new_text", {
      clause: comment.clauseLabel ?? t("drafts.general"),
      text: clipText(comment.text, 3000),
    }),
  );
}
