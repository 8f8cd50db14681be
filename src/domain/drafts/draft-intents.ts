// Outbox intents of a draft: each is written once per recipient, whatever retries or restarts happen.
export const draftVersionIntent = (versionId: string) => `draft-version:${versionId}`;
export const draftReminderIntent = (draftId: string, deadline: Date, offsetMinutes: number) =>
  `draft-remind:${draftId}:${deadline.getTime()}:${offsetMinutes}`;
export const draftExtendedIntent = (draftId: string, deadline: Date) =>
  `draft-extended:${draftId}:${deadline.getTime()}`;
export const draftResponseIntent = (commentId: string, respondedAt: Date) =>
  `draft-response:${commentId}:${respondedAt.getTime()}`;
export const draftSynthesisIntent = (draftId: string, deadline: Date) =>
  `draft-synthesis:${draftId}:${deadline.getTime()}`;
