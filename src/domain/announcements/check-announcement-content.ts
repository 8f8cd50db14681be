import { DomainError } from "../domain-error.js";
import { maxCaptionLength, maxTextLength, type AnnouncementDraft } from "./announcement-draft-schema.js";

// Refuses what Telegram would refuse later, while the author can still fix it.
export function checkAnnouncementContent(draft: Pick<AnnouncementDraft, "text" | "fileId">): void {
  const text = draft.text.trim();
  if (!text && !draft.fileId) throw new DomainError("announce.error_empty");
  const max = draft.fileId ? maxCaptionLength : maxTextLength;
  if (text.length > max)
    throw new DomainError(draft.fileId ? "announce.error_caption_too_long" : "announce.error_too_long", {
      max,
      length: text.length,
    });
}
