import { assertCan } from "../../../domain/policy/policy.js";
import { prepareSignature } from "../../../domain/signing/prepare-signature.js";
import { signCovenant } from "../../../domain/signing/sign-covenant.js";
import { sendDueCertificates } from "../../../exports/send-due-certificates.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { confirmSignView } from "./confirm-sign-view.js";
import { signedText } from "./signed-text.js";

// First tap: the checks a signature needs (round open, this person signs for a unit that has not signed), then the
// final yes. Nothing is written yet.
export async function askSign(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  assertCan(ctx.actor, "signing.sign");
  const { round, signer } = await prepareSignature(deps.db, {
    blocId: ctx.actor.bloc!.id,
    roundId,
    personId: ctx.actor.person!.id,
    timeZone: deps.timeZone,
  });
  await ctx.answerCbQuery();
  const view = confirmSignView(ctx.t, {
    roundId,
    role: signer.role,
    unitName: signer.unitName,
    title: round.title,
    sha256: round.sha256,
    name: ctx.actor.person!.firstName,
  });
  await ctx.reply(view.text, view.keyboard);
}

export async function confirmSign(ctx: BotContext, deps: BotDeps, roundId: string): Promise<void> {
  const result = await signCovenant(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    roundId,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.editMessageText(signedText(ctx.t, { ...result, signedAt: result.signature.signedAt }, deps.timeZone));
  if (!result.completed) return;
  // The certificate job would send it within a minute anyway; doing it now tells everyone sooner.
  await sendDueCertificates(deps.db, {
    now: deps.clock(),
    timeZone: deps.timeZone,
    translator: deps.translator,
    locale: deps.defaultLocale,
    roundId,
  }).catch((error: unknown) => ctx.log.error({ err: error, roundId }, "certificate failed; the job will retry"));
  deps.outbox.notify();
}
