import { encodeCallback } from "./callback-data.js";

// The button a signatory gets with the covenant; stored keyed so each recipient reads it in their language.
export function signButtons(roundId: string) {
  return [[{ textKey: "signing.sign_button", callback_data: encodeCallback({ kind: "sign", roundId }) }]];
}
