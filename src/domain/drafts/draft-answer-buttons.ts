import type { MessageButton } from "../delivery/message-action.js";

// The answer buttons every member gets with a draft and its reminders; labels are read in each recipient's language.
export function draftAnswerButtons(draftId: string): MessageButton[][] {
  return [
    [
      { textKey: "drafts.comment_button", action: { type: "drafts.comment", draftId } },
      { textKey: "drafts.no_comments_button", action: { type: "drafts.no_comments", draftId } },
    ],
  ];
}
