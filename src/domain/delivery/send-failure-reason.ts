import type { KeyedText } from "./enqueue-messages.js";

// Telegram's refusals, as kept in OutboxMessage.lastError ("403: Forbidden: bot was blocked by the user"), turned
// into a reason a person can read in their own language. The raw text stays in the row and the log.
const reasons: [RegExp, string][] = [
  [/blocked by the user/i, "delivery.reason_blocked"],
  [/user is deactivated/i, "delivery.reason_deactivated"],
  [/bot was kicked|not a member|bot is not a member/i, "delivery.reason_kicked"],
  [/chat not found|bot can't initiate|PEER_ID_INVALID/i, "delivery.reason_never_started"],
  [/not enough rights|CHAT_ADMIN_REQUIRED|have no rights/i, "delivery.reason_no_rights"],
  [/too long|too big|file is too/i, "delivery.reason_too_long"],
  [/^5\d\d|timeout|ETIMEDOUT|ECONNRESET|network|socket/i, "delivery.reason_unavailable"],
];

export function sendFailureReason(error: string | null | undefined): KeyedText {
  const found = reasons.find(([pattern]) => pattern.test(error ?? ""));
  return { key: found?.[1] ?? "delivery.reason_other" };
}
