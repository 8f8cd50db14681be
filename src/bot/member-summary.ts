import type { MemberRole } from "../domain/members/member-role.js";
import type { Actor } from "../domain/people/load-actor.js";

export type MemberSummary = { role: MemberRole; isLeaderUnit: boolean; unitName: string | null; blocName: string };

// Who the bot takes the person for, as /start and /help tell them; null outside every bloc.
export function memberSummary(actor: Actor): MemberSummary | null {
  if (!actor.bloc || !actor.role) return null;
  return {
    role: actor.role,
    isLeaderUnit: actor.isLeaderUnit,
    unitName: actor.unit?.name ?? null,
    blocName: actor.bloc.name,
  };
}
