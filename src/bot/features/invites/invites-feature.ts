import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { chooseInviteRole, chooseInviteUnit } from "./invites-callbacks.js";
import { issueInvite, showInviteRoles, startInvite } from "./issue-invite.js";
import { handleStart } from "./start-command.js";
import { onCommand } from "../../on-command.js";

// Joining the bloc: /start with an invite token registers the person; /invite lets the leader unit (and the
// board, for board members) make a link for a unit and role.
export function invitesFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "start", (ctx) => handleStart(ctx, deps, ctx.payload));
  onCommand(feature, "invite", (ctx) => startInvite(ctx, deps));
  onButton(feature, chooseInviteUnit, (ctx, data) => showInviteRoles(ctx, deps, data.unitId));
  onButton(feature, chooseInviteRole, (ctx, data) => issueInvite(ctx, deps, data.unitId, data.role));
  return feature;
}
