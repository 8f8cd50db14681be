import { answerNoComments, commentOnDraft } from "./drafts-callbacks.js";

// Buttons of queued draft messages (distribution, reminders), rendered by the sender.
export const draftsActionEncoders = {
  "drafts.comment": (a: { draftId: string }) => commentOnDraft.pack({ draftId: a.draftId }),
  "drafts.no_comments": (a: { draftId: string }) => answerNoComments.pack({ draftId: a.draftId }),
};
