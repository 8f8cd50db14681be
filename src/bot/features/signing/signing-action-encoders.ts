import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { signRound } from "./signing-callbacks.js";

type SignAction = Extract<MessageAction, { type: "signing.sign" }>;

// The "✍️ Ký giao ước" button on queued invitations, delegations and reminders.
export const signingActionEncoders = {
  "signing.sign": (action: SignAction) => signRound.pack({ roundId: action.roundId }),
};
