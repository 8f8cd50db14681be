import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { answerInvitation, checkIn } from "./conference-callbacks.js";

type RsvpAction = Extract<MessageAction, { type: "conference.rsvp" }>;
type CheckInAction = Extract<MessageAction, { type: "conference.check_in" }>;

// Buttons of queued conference messages (invitations, change notices, reminders), rendered by the sender.
export const conferenceActionEncoders = {
  "conference.rsvp": (a: RsvpAction) => answerInvitation.pack({ conferenceId: a.conferenceId, answer: a.answer }),
  "conference.check_in": (a: CheckInAction) => checkIn.pack({ conferenceId: a.conferenceId }),
};
