import type { MessageAction } from "../domain/delivery/message-action.js";
import { conferenceActionEncoders } from "./features/conference/conference-action-encoders.js";
import { draftsActionEncoders } from "./features/drafts/drafts-action-encoders.js";
import { announcementsActionEncoders } from "./features/announcements/announcements-action-encoders.js";
import { reportsActionEncoders } from "./features/reports/reports-action-encoders.js";
import { signingActionEncoders } from "./features/signing/signing-action-encoders.js";
import { rotationActionEncoders } from "./features/rotation/rotation-action-encoders.js";

type Encoders = { [T in MessageAction["type"]]: (action: Extract<MessageAction, { type: T }>) => string };

// Each feature owns the codec of its buttons; this only joins them so the sender can render a queued button.
// TS checks that every action type has an encoder.
const encoders: Encoders = {
  ...draftsActionEncoders,
  ...conferenceActionEncoders,
  ...signingActionEncoders,
  ...reportsActionEncoders,
  ...announcementsActionEncoders,
  ...rotationActionEncoders,
};

export function encodeMessageAction(action: MessageAction): string {
  return (encoders[action.type] as (a: MessageAction) => string)(action);
}
