import type { Composer } from "telegraf";
import { z } from "zod";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { DomainError } from "../../../domain/domain-error.js";
import { createDraft } from "../../../domain/drafts/create-draft.js";
import { DraftKindSchema, type DraftKind } from "../../../domain/drafts/draft-kinds.js";
import { exampleDeadline } from "../../../domain/drafts/example-deadline.js";
import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale, onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { draftKindView } from "./draft-kind-view.js";
import { chooseDraftKind, sendNewDraft } from "./drafts-callbacks.js";
import { newDraftConfirmView } from "./new-draft-confirm-view.js";
import { promptView } from "./prompt-view.js";
import { DraftFileSchema, readDraftFile } from "./read-draft-file.js";
import { onCommand } from "../../on-command.js";

const NewDraftSchema = z.object({
  file: DraftFileSchema.optional(),
  title: z.string().optional(),
  draftKind: DraftKindSchema.optional(),
  deadline: z.string().optional(),
});
type NewDraft = z.infer<typeof NewDraftSchema>;

// The kind string is the one conversations in the database already carry.
const newDraftWizard = createWizard("newdraft", NewDraftSchema);

async function reply(ctx: BotContext, view: { text: string; keyboard?: object }) {
  await ctx.reply(view.text, view.keyboard);
}

async function takeFile(ctx: BotContext, deps: BotDeps, data: NewDraft) {
  const file = await readDraftFile(ctx, deps);
  await newDraftWizard.save(ctx, deps, "title", { ...data, file });
  const clauses =
    file.clauses.length > 0
      ? ctx.t("drafts.file_clauses", {
          count: file.clauses.length,
          first: file.clauses[0]!.label,
          last: file.clauses.at(-1)!.label,
        })
      : ctx.t("drafts.file_no_clauses");
  await reply(ctx, promptView(ctx.t, ctx.t("drafts.ask_title", { name: file.fileName, clauses })));
}

async function takeDeadline(ctx: BotContext, deps: BotDeps, data: NewDraft, text: string) {
  const deadline = parseDeadline(text, { timeZone: deps.timeZone, now: deps.clock() });
  const next = { ...data, deadline: deadline.toISOString() };
  await newDraftWizard.save(ctx, deps, "confirm", next);
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  const view = newDraftConfirmView(ctx.t, {
    title: next.title!,
    draftKind: next.draftKind!,
    fileName: next.file!.fileName,
    deadline,
    clauses: next.file!.clauses.length,
    units: units.length,
    timeZone: deps.timeZone,
  });
  await reply(ctx, view);
}

function askDeadline(ctx: BotContext, deps: BotDeps) {
  const example = exampleDeadline({ now: deps.clock(), timeZone: deps.timeZone });
  return promptView(ctx.t, ctx.t("drafts.ask_deadline", { example }));
}

async function handleInput(ctx: BotContext, deps: BotDeps, { step, data }: WizardState<NewDraft>) {
  assertCan(ctx.actor, "drafts.create");
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : null;
  if (step === "file") return takeFile(ctx, deps, data);
  if (step === "title") {
    if (!text) return ctx.reply(ctx.t("drafts.error_bad_title"));
    if (text.length > 300) throw new DomainError("drafts.error_bad_title");
    await newDraftWizard.save(ctx, deps, "kind", { ...data, title: text });
    return reply(ctx, draftKindView(ctx.t));
  }
  if (step === "deadline") {
    if (!text) return reply(ctx, askDeadline(ctx, deps));
    return takeDeadline(ctx, deps, data, text);
  }
  await ctx.reply(ctx.t("announce.use_buttons"));
}

async function chooseKind(ctx: BotContext, deps: BotDeps, draftKind: DraftKind) {
  assertCan(ctx.actor, "drafts.create");
  const state = await newDraftWizard.load(ctx, deps, ["kind"]);
  if (!state) return answerStale(ctx);
  await newDraftWizard.save(ctx, deps, "deadline", { ...state.data, draftKind });
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("drafts.kind_chosen", { kind: ctx.t(`drafts.kind_${draftKind}`) }));
  await reply(ctx, askDeadline(ctx, deps));
}

async function send(ctx: BotContext, deps: BotDeps) {
  assertCan(ctx.actor, "drafts.create");
  const state = await newDraftWizard.load(ctx, deps, ["confirm"]);
  if (!state) return answerStale(ctx);
  const { data } = state;
  const person = ctx.actor.person!;
  const deadline = new Date(data.deadline!);
  const { recipients } = await createDraft(deps.db, {
    blocId: ctx.actor.bloc!.id,
    authorId: person.id,
    actor: ctx.actor,
    title: data.title!,
    kind: data.draftKind!,
    deadline,
    file: data.file!,
    timeZone: deps.timeZone,
    now: deps.clock(),
    conversationOf: person.id,
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("drafts.created", { title: data.title!, recipients, deadline: formatDateTime(deadline, deps.timeZone) }),
  );
}

// /newdraft: file, title, kind, deadline, then "Gửi dự thảo".
export function registerNewDraftWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onCommand(feature, "newdraft", async (ctx) => {
    assertCan(ctx.actor, "drafts.create");
    await newDraftWizard.start(ctx, deps, "file", {});
    await reply(ctx, promptView(ctx.t, ctx.t("drafts.ask_file")));
  });
  newDraftWizard.onMessage(feature, deps, (ctx, state) => handleInput(ctx, deps, state));
  onButton(feature, chooseDraftKind, (ctx, data) => chooseKind(ctx, deps, data.draftKind));
  onButton(feature, sendNewDraft, (ctx) => send(ctx, deps));
}
