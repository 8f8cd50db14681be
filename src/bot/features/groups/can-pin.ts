import type { ChatMember } from "telegraf/types";

// Whether the bot may pin in a group, from what Telegram says about its own membership there.
export function canPin(member: ChatMember): boolean {
  if (member.status === "creator") return true;
  return member.status === "administrator" && member.can_pin_messages === true;
}
