import { announcementSenderLabel } from "../../../domain/announcements/announcement-sender-label.js";
import type { Translate } from "../../../i18n/translator.js";

// The announcement exactly as recipients will read it (the text, or a file's caption).
export function previewMessageView(t: Translate, data: { text: string; authorUnitName: string | null }) {
  const from = announcementSenderLabel(data.authorUnitName);
  const text = data.text.trim();
  return {
    text: t(text ? "announce.message" : "announce.message_file_only", {
      from: typeof from === "string" ? from : t(from.key),
      text,
    }),
  };
}
