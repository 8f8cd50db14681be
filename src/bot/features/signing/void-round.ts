import { assertCan } from "../../../domain/policy/policy.js";
import { findOpenRound } from "../../../domain/signing/find-open-round.js";
import { voidSigningRound } from "../../../domain/signing/void-signing-round.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { signingPromptView } from "./signing-prompt-view.js";
import { voidWizard } from "./signing-wizards.js";

// "Huỷ vòng ký": the leader is asked why; the reason goes to every member.
export async function startVoid(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  assertCan(ctx.actor, "signing.void");
  await findOpenRound(deps.db, { blocId: ctx.actor.bloc!.id, roundId });
  await voidWizard.start(ctx, deps, "reason", { roundId });
  await ctx.answerCbQuery();
  const view = signingPromptView(ctx.t, "signing.ask_void_reason");
  await ctx.reply(view.text, view.keyboard);
}

export async function handleVoidInput(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ roundId: string }>) {
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("signing.ask_void_reason")));
  const { title, signed } = await voidSigningRound(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    roundId: data.roundId,
    reason: message.text,
    now: deps.clock(),
  });
  await voidWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(ctx.t("signing.voided", { title, signed }));
}
