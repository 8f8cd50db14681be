import type { MessageButton } from "../delivery/message-action.js";

// "✅ Đã nhận" under an announcement and under its follow-up, in each recipient's language.
export function ackButtons(announcementId: string): MessageButton[][] {
  return [[{ textKey: "announce.ack_button", action: { type: "announce.ack", announcementId } }]];
}
