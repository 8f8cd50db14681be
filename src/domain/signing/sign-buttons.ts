import type { MessageButton } from "../delivery/message-action.js";

// The button a signatory (or delegate) gets with the covenant and with each reminder.
export function signButtons(roundId: string): MessageButton[][] {
  return [[{ textKey: "signing.sign_button", action: { type: "signing.sign", roundId } }]];
}
