import { delegateBallot } from "../../../domain/ballots/delegate-ballot.js";
import { findOpenBallot } from "../../../domain/ballots/find-open-ballot.js";
import { resolveVoter } from "../../../domain/ballots/resolve-voter.js";
import { DomainError } from "../../../domain/domain-error.js";
import { listMembers } from "../../../domain/members/list-members.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { delegateView } from "./delegate-view.js";

// "Uỷ quyền bỏ phiếu": the unit's signatory sees the other members of the unit.
export async function chooseDelegate(ctx: BotContext, deps: BotDeps, ballotId: string): Promise<void> {
  assertCan(ctx.actor, "ballot.delegate");
  const blocId = ctx.actor.bloc!.id;
  const personId = ctx.actor.person!.id;
  await findOpenBallot(deps.db, { blocId, ballotId, now: deps.clock(), timeZone: deps.timeZone });
  const voter = await resolveVoter(deps.db, { blocId, ballotId, personId });
  if (voter.role !== "signatory") throw new DomainError("ballots.error_not_signatory");
  const groups = await listMembers(deps.db, { blocId, unitId: voter.unitId });
  const colleagues = groups[0]?.members.filter((m) => m.personId !== personId) ?? [];
  await ctx.answerCbQuery();
  const view = delegateView(ctx.t, { ballotId, unitName: voter.unitName, colleagues });
  await ctx.reply(view.text, view.keyboard);
}

export async function delegateTo(ctx: BotContext, deps: BotDeps, ballotId: string, delegateId: string) {
  const { delegateName, unitName } = await delegateBallot(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    ballotId,
    delegateId,
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("ballots.delegated", { name: delegateName, unit: unitName }));
}
