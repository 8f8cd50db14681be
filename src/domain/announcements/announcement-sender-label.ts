import type { KeyedText } from "../delivery/enqueue-messages.js";

// "From" in an announcement: the author's unit, or the provincial board.
export function announcementSenderLabel(unitName: string | null | undefined): string | KeyedText {
  return unitName ?? { key: "role.board" };
}
