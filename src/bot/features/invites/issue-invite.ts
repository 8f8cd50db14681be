import { findUnit } from "../../../domain/blocs/find-unit.js";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { DomainError } from "../../../domain/domain-error.js";
import { revokeInvite } from "../../../domain/invites/revoke-invite.js";
import { createInvite } from "../../../domain/invites/create-invite.js";
import { inviteLink } from "../../../domain/invites/invite-token.js";
import type { MemberRole } from "../../../domain/members/member-role.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { inviteCreatedView } from "./invite-created-view.js";
import { inviteRolesView } from "./invite-roles-view.js";
import { inviteUnitsView } from "./invite-units-view.js";

// /invite: the units of the bloc, and the board for the board itself.
export async function startInvite(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "invite.create");
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  const view = inviteUnitsView(ctx.t, { units, canInviteBoard: can(ctx.actor, "invite.create_board") });
  await ctx.reply(view.text, view.keyboard);
}

export async function showInviteRoles(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  if (unitId === "board") return issueInvite(ctx, deps, null, "board");
  assertCan(ctx.actor, "invite.create");
  const unit = await findUnit(deps.db, { blocId: ctx.actor.bloc!.id, unitId });
  if (!unit) throw new DomainError("invite.error_unknown_unit");
  await ctx.answerCbQuery();
  const view = inviteRolesView(ctx.t, { unit });
  await ctx.editMessageText(view.text, view.keyboard);
}

// The service checks the policy (board invites are the board's); the bot only needs the bloc to look in.
export async function issueInvite(
  ctx: BotContext,
  deps: BotDeps,
  unitId: string | null,
  role: MemberRole,
): Promise<void> {
  assertCan(ctx.actor, role === "board" ? "invite.create_board" : "invite.create");
  const username = ctx.botInfo?.username;
  if (!username) throw new DomainError("invite.error_no_username");
  const bloc = ctx.actor.bloc!;
  const invite = await createInvite(deps.db, { blocId: bloc.id, unitId, role, actor: ctx.actor, now: deps.clock() });
  const unit = unitId ? await findUnit(deps.db, { blocId: bloc.id, unitId }) : null;
  await ctx.answerCbQuery();
  const view = inviteCreatedView(ctx.t, {
    role,
    unitName: unit?.name ?? bloc.name,
    link: inviteLink(username, invite.token),
    expiresAt: invite.expiresAt,
    maxUses: invite.maxUses,
    timeZone: deps.timeZone,
  });
  // The link is the only copy of the token: if Telegram cannot show it, it is sent again as a new message, and if
  // that fails too the invite is revoked rather than left valid and unseen.
  try {
    await ctx.editMessageText(view.text, view.extra);
  } catch (editError) {
    ctx.log.warn({ err: editError }, "could not show the invite link; sending it as a new message");
    try {
      await ctx.reply(view.text, view.extra);
    } catch (error) {
      const revoke = { blocId: bloc.id, inviteId: invite.id, reason: "link_not_shown", actor: ctx.actor };
      await revokeInvite(deps.db, { ...revoke, now: deps.clock() });
      throw error;
    }
  }
}
