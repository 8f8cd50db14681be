import { DomainError } from "../../../domain/domain-error.js";
import { listMembers } from "../../../domain/members/list-members.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { delegateSigning } from "../../../domain/signing/delegate-signing.js";
import { findOpenRound } from "../../../domain/signing/find-open-round.js";
import { resolveSigner } from "../../../domain/signing/resolve-signer.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { delegateView } from "./delegate-view.js";

// "Uỷ quyền ký thay": the unit's signatory sees the other members of the unit.
export async function chooseDelegate(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  assertCan(ctx.actor, "signing.delegate");
  const blocId = ctx.actor.bloc!.id;
  const personId = ctx.actor.person!.id;
  const round = await findOpenRound(deps.db, { blocId, roundId });
  const signer = await resolveSigner(deps.db, { blocId, roundId, personId });
  if (signer.role !== "signatory") throw new DomainError("signing.error_not_signatory");
  const groups = await listMembers(deps.db, { blocId, unitId: signer.unitId });
  const colleagues = groups[0]?.members.filter((m) => m.personId !== personId) ?? [];
  await ctx.answerCbQuery();
  const view = delegateView(ctx.t, { roundId, title: round.title, unitName: signer.unitName, colleagues });
  await ctx.reply(view.text, view.keyboard);
}

export async function delegateTo(ctx: BotContext, deps: BotDeps, roundId: string, delegateId: string): Promise<void> {
  const { delegateName, unitName } = await delegateSigning(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    roundId,
    delegateId,
    now: deps.clock(),
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("signing.delegated", { name: delegateName, unit: unitName }));
}
