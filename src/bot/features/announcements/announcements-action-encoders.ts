import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { acknowledge, viewAcks } from "./announcements-callbacks.js";

type Action<T extends MessageAction["type"]> = Extract<MessageAction, { type: T }>;

// Buttons the outbox and the progress message carry, as this feature's callback data.
export const announcementsActionEncoders = {
  "announce.ack": (a: Action<"announce.ack">) => acknowledge.pack({ announcementId: a.announcementId }),
  "announce.view": (a: Action<"announce.view">) => viewAcks.pack({ announcementId: a.announcementId }),
};
