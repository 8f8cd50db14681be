import { findVersion } from "../../../domain/drafts/find-version.js";
import { listFinalVersions } from "../../../domain/drafts/list-final-versions.js";
import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import { openSigningRound } from "../../../domain/signing/open-signing-round.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import { readDraftFile } from "../drafts/read-draft-file.js";
import { confirmOpenView } from "./confirm-open-view.js";
import { openedText } from "./opened-text.js";
import { showSigningStatus } from "./show-signing-status.js";
import { signingDeadlineView } from "./signing-deadline-view.js";
import { signingPromptView } from "./signing-prompt-view.js";
import { signingSourceView } from "./signing-source-view.js";
import { openWizard, type OpenFlow } from "./signing-wizards.js";

// /signing: where the latest round stands; with no round open, the leader goes on to open one.
export async function startSigning(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "signing.view");
  const state = await showSigningStatus(ctx, deps);
  if (state === "open" || !can(ctx.actor, "signing.open")) {
    if (state === "none") await ctx.reply(ctx.t("signing.none"));
    return;
  }
  await openWizard.start(ctx, deps, "source", {});
  const view = signingSourceView(ctx.t, await listFinalVersions(deps.db, { blocId: ctx.actor.bloc!.id }));
  await ctx.reply(view.text, view.keyboard);
}

// The wizard's data when a button of it is pressed at one of `steps`; an old button is answered as stale.
async function loadFlow(ctx: BotContext, deps: BotDeps, steps: string[]): Promise<OpenFlow | null> {
  assertCan(ctx.actor, "signing.open");
  const state = await openWizard.load(ctx, deps, steps);
  if (!state) await answerStale(ctx);
  return state?.data ?? null;
}

async function askDeadline(ctx: BotContext, deps: BotDeps, data: OpenFlow) {
  await openWizard.save(ctx, deps, "deadline", data);
  const view = signingDeadlineView(ctx.t);
  await ctx.reply(view.text, view.keyboard);
}

async function askConfirm(ctx: BotContext, deps: BotDeps, data: OpenFlow) {
  await openWizard.save(ctx, deps, "confirm", data);
  const view = confirmOpenView(ctx.t, {
    title: data.title!,
    fileName: data.document!.fileName,
    sha256: data.document!.sha256,
    deadline: data.deadline ? new Date(data.deadline) : null,
    timeZone: deps.timeZone,
  });
  await ctx.reply(view.text, view.keyboard);
}

export async function chooseSigningVersion(ctx: BotContext, deps: BotDeps, versionId: string): Promise<void> {
  const data = await loadFlow(ctx, deps, ["source"]);
  if (!data) return;
  const version = await findVersion(deps.db, { blocId: ctx.actor.bloc!.id, versionId });
  if (!version.isFinal) throw new DomainError("signing.error_not_final");
  await ctx.answerCbQuery();
  const { fileId, fileName, sha256 } = version;
  await askDeadline(ctx, deps, {
    ...data,
    title: version.draft.title,
    document: { fileId, fileName, sha256, draftVersionId: version.id },
  });
}

export async function chooseSigningUpload(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await loadFlow(ctx, deps, ["source"]);
  if (!data) return;
  await openWizard.save(ctx, deps, "file", data);
  await ctx.answerCbQuery();
  const view = signingPromptView(ctx.t, "signing.ask_file");
  await ctx.reply(view.text, view.keyboard);
}

export async function skipSigningDeadline(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await loadFlow(ctx, deps, ["deadline"]);
  if (!data) return;
  await ctx.answerCbQuery();
  await askConfirm(ctx, deps, { ...data, deadline: null });
}

// The steps answered by a message: the uploaded file, its title, the deadline.
export async function handleOpenInput(ctx: BotContext, deps: BotDeps, { step, data }: WizardState<OpenFlow>) {
  assertCan(ctx.actor, "signing.open");
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : null;
  if (step === "file") {
    const file = await readDraftFile(ctx, deps);
    const { fileId, fileName, sha256 } = file;
    await openWizard.save(ctx, deps, "title", {
      ...data,
      document: { fileId, fileName, sha256, draftVersionId: null },
    });
    return void (await ctx.reply(ctx.t("signing.ask_title")));
  }
  if (step === "title") {
    if (!text || text.length > 300) return void (await ctx.reply(ctx.t("drafts.error_bad_title")));
    return askDeadline(ctx, deps, { ...data, title: text });
  }
  if (step === "deadline") {
    if (!text) return void (await ctx.reply(ctx.t("signing.ask_deadline")));
    const deadline = parseDeadline(text, { timeZone: deps.timeZone, now: deps.clock() });
    return askConfirm(ctx, deps, { ...data, deadline: deadline.toISOString() });
  }
  await ctx.reply(ctx.t("announce.use_buttons"));
}

export async function confirmOpenSigning(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await loadFlow(ctx, deps, ["confirm"]);
  if (!data) return;
  const { signatories, units } = await openSigningRound(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc!.id,
    title: data.title!,
    document: data.document!,
    deadline: data.deadline ? new Date(data.deadline) : null,
    now: deps.clock(),
  });
  await openWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.answerCbQuery();
  const { title, sha256 } = { title: data.title!, sha256: data.document!.sha256 };
  await ctx.editMessageText(openedText(ctx.t, { title, sha256, signatories, units }));
}
