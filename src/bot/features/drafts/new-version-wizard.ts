import type { Composer } from "telegraf";
import { z } from "zod";
import { addVersion } from "../../../domain/drafts/add-version.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale, onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { skipVersionNote, uploadVersion } from "./drafts-callbacks.js";
import { promptView } from "./prompt-view.js";
import { DraftFileSchema, readDraftFile } from "./read-draft-file.js";
import { versionNoteView } from "./version-note-view.js";

const NewVersionSchema = z.object({ draftId: z.string(), file: DraftFileSchema.optional() });
type NewVersion = z.infer<typeof NewVersionSchema>;
const newVersionWizard = createWizard("newversion", NewVersionSchema);

async function startUpload(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.manage");
  await newVersionWizard.start(ctx, deps, "file", { draftId });
  await ctx.answerCbQuery();
  const view = promptView(ctx.t, ctx.t("drafts.ask_version_file"));
  await ctx.reply(view.text, view.keyboard);
}

async function publish(ctx: BotContext, deps: BotDeps, data: NewVersion, note: string | null) {
  const { number, recipients, accepted } = await addVersion(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    draftId: data.draftId,
    authorId: ctx.actor.person?.id ?? "",
    actor: ctx.actor,
    file: data.file!,
    note,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await newVersionWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(ctx.t("drafts.version_sent", { version: number, recipients, accepted }));
}

async function takeInput(ctx: BotContext, deps: BotDeps, { step, data }: WizardState<NewVersion>) {
  assertCan(ctx.actor, "drafts.manage");
  if (step === "file") {
    const file = await readDraftFile(ctx, deps);
    await newVersionWizard.save(ctx, deps, "note", { ...data, file });
    const view = versionNoteView(ctx.t);
    return ctx.reply(view.text, view.keyboard);
  }
  const message = ctx.message!;
  if (!("text" in message)) return ctx.reply(ctx.t("drafts.ask_version_note"));
  await publish(ctx, deps, data, message.text);
}

async function skipNote(ctx: BotContext, deps: BotDeps) {
  assertCan(ctx.actor, "drafts.manage");
  const state = await newVersionWizard.load(ctx, deps, ["note"]);
  if (!state) return answerStale(ctx);
  await ctx.answerCbQuery();
  await publish(ctx, deps, state.data, null);
}

// "Gửi bản dự thảo mới": the revised file, an optional note, then it goes to every member.
export function registerNewVersionWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, uploadVersion, (ctx, data) => startUpload(ctx, deps, data.draftId));
  newVersionWizard.onMessage(feature, deps, (ctx, state) => takeInput(ctx, deps, state));
  onButton(feature, skipVersionNote, (ctx) => skipNote(ctx, deps));
}
