import { recordRefusal } from "../domain/audit/record-refusal.js";
import { can, type Action } from "../domain/policy/policy.js";
import type { BotContext } from "./bot-context.js";
import type { BotDeps } from "./bot-deps.js";

// Actions a unit does for itself: the generic "leaders only" answer would be wrong for them.
const unitOnly: Action[] = ["reports.submit"];

// Returns true when allowed; otherwise answers politely, writes the refusal to the audit log and returns false.
export async function authorize(ctx: BotContext, deps: BotDeps, action: Action, via: string): Promise<boolean> {
  if (can(ctx.actor, action)) return true;
  await recordRefusal(deps.db, { actor: ctx.actor, action, via, now: deps.clock() });
  ctx.log.info({ action, via }, "refused");
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t(!ctx.actor.bloc ? "authz.not_member" : unitOnly.includes(action) ? "authz.unit_only" : "authz.denied"),
  );
  return false;
}
