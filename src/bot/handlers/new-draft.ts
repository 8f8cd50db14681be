import { Markup, type Telegraf } from "telegraf";
import { z } from "zod";
import { readDocxClauses } from "../../documents/read-docx-clauses.js";
import { sha256Hex } from "../../documents/sha256.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { createDraft } from "../../domain/drafts/create-draft.js";
import { DraftClauseSchema } from "../../domain/drafts/draft-clause.js";
import { draftKinds, DraftKindSchema, maxDraftFileBytes, type DraftKind } from "../../domain/drafts/draft-kinds.js";
import { parseDeadline } from "../../domain/drafts/parse-deadline.js";
import { listUnits } from "../../domain/blocs/list-units.js";
import { DomainError } from "../../domain/domain-error.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { downloadFile } from "../download-file.js";
import { cancelRow, draftAnswerButtons } from "../draft-views.js";

export const newDraftKind = "newdraft";

export const DraftFileSchema = z.object({
  fileId: z.string(),
  fileName: z.string(),
  mimeType: z.string().nullable(),
  fileSize: z.number(),
  sha256: z.string(),
  clauses: z.array(DraftClauseSchema),
});

const NewDraftSchema = z.object({
  file: DraftFileSchema.optional(),
  title: z.string().optional(),
  draftKind: DraftKindSchema.optional(),
  deadline: z.string().optional(),
});

const docxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A .docx or .pdf sent by the leader: checked, downloaded once to fingerprint it and, for .docx, to read its clauses.
export async function readDraftFile(ctx: BotContext, deps: BotDeps): Promise<z.infer<typeof DraftFileSchema>> {
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("drafts.error_need_document");
  const { document } = message;
  const name = document.file_name ?? "";
  const isDocx = /\.docx$/i.test(name) || document.mime_type === docxMime;
  const isPdf = /\.pdf$/i.test(name) || document.mime_type === "application/pdf";
  if (!isDocx && !isPdf) throw new DomainError("drafts.error_file_type", { name: name || "?" });
  if ((document.file_size ?? 0) > maxDraftFileBytes) throw new DomainError("drafts.error_file_too_big", { max: 20 });
  const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxDraftFileBytes });
  const clauses = isDocx ? await readDocxClauses(bytes) : [];
  return {
    fileId: document.file_id,
    fileName: name || (isDocx ? "du-thao.docx" : "du-thao.pdf"),
    mimeType: document.mime_type ?? (isDocx ? docxMime : "application/pdf"),
    fileSize: bytes.length,
    sha256: sha256Hex(bytes),
    clauses: clauses.map((c) => ({ id: c.id, chapter: c.chapter, number: c.number, label: c.label, title: c.title })),
  };
}

export function registerNewDraft(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("newdraft", async (ctx) => {
    if (!(await authorize(ctx, deps, "drafts.create", "/newdraft"))) return;
    await startConversation(deps.db, {
      personId: ctx.actor.person!.id,
      kind: newDraftKind,
      step: "file",
      now: deps.clock(),
    });
    await ctx.reply(ctx.t("drafts.ask_file"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
  });
}

async function save(ctx: BotContext, deps: BotDeps, step: string, data: z.infer<typeof NewDraftSchema>) {
  await updateConversation(deps.db, { personId: ctx.actor.person!.id, step, data, now: deps.clock() });
}

export async function handleNewDraftInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.create", "conversation:newdraft"))) return;
  const data = NewDraftSchema.parse(conversation.data);
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : null;
  switch (conversation.step) {
    case "file": {
      const file = await readDraftFile(ctx, deps);
      await save(ctx, deps, "title", { ...data, file });
      const clauses =
        file.clauses.length > 0
          ? ctx.t("drafts.file_clauses", {
              count: file.clauses.length,
              first: file.clauses[0]!.label,
              last: file.clauses.at(-1)!.label,
            })
          : ctx.t("drafts.file_no_clauses");
      await ctx.reply(
        ctx.t("drafts.ask_title", { name: file.fileName, clauses }),
        Markup.inlineKeyboard([cancelRow(ctx.t)]),
      );
      return;
    }
    case "title": {
      if (!text) return void (await ctx.reply(ctx.t("drafts.error_bad_title")));
      if (text.length > 300) throw new DomainError("drafts.error_bad_title");
      await save(ctx, deps, "kind", { ...data, title: text });
      await ctx.reply(
        ctx.t("drafts.ask_kind"),
        Markup.inlineKeyboard([
          ...draftKinds.map((kind) => [
            Markup.button.callback(
              ctx.t(`drafts.kind_${kind}`),
              encodeCallback({ kind: "draft_kind", draftKind: kind }),
            ),
          ]),
          cancelRow(ctx.t),
        ]),
      );
      return;
    }
    case "deadline": {
      if (!text) return void (await ctx.reply(ctx.t("drafts.ask_deadline")));
      const deadline = parseDeadline(text, { timeZone: deps.timeZone, now: deps.clock() });
      const next = { ...data, deadline: deadline.toISOString() };
      await save(ctx, deps, "confirm", next);
      const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
      await ctx.reply(
        ctx.t("drafts.confirm", {
          title: next.title!,
          kind: ctx.t(`drafts.kind_${next.draftKind!}`),
          name: next.file!.fileName,
          deadline: formatDateTime(deadline, deps.timeZone),
          clauses: next.file!.clauses.length,
          units: units.length,
        }),
        Markup.inlineKeyboard([
          [Markup.button.callback(ctx.t("drafts.send_button"), encodeCallback({ kind: "draft_create" }))],
          cancelRow(ctx.t),
        ]),
      );
      return;
    }
    default:
      await ctx.reply(ctx.t("announce.use_buttons"));
  }
}

async function openNewDraft(ctx: BotContext, deps: BotDeps, step: string) {
  if (!(await authorize(ctx, deps, "drafts.create", "button:newdraft"))) return null;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || conversation.kind !== newDraftKind || conversation.step !== step) {
    await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
    return null;
  }
  return NewDraftSchema.parse(conversation.data);
}

export async function chooseDraftKind(ctx: BotContext, deps: BotDeps, draftKind: DraftKind): Promise<void> {
  const data = await openNewDraft(ctx, deps, "kind");
  if (!data) return;
  await save(ctx, deps, "deadline", { ...data, draftKind });
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("drafts.kind_chosen", { kind: ctx.t(`drafts.kind_${draftKind}`) }));
  await ctx.reply(ctx.t("drafts.ask_deadline"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function confirmNewDraft(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await openNewDraft(ctx, deps, "confirm");
  if (!data) return;
  const person = ctx.actor.person!;
  const now = deps.clock();
  const { recipients } = await createDraft(deps.db, {
    blocId: ctx.actor.bloc!.id,
    authorId: person.id,
    actor: { personId: person.id, telegramId: ctx.from!.id },
    title: data.title!,
    kind: data.draftKind!,
    deadline: new Date(data.deadline!),
    file: data.file!,
    buttons: draftAnswerButtons,
    timeZone: deps.timeZone,
    now,
    conversationOf: person.id,
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("drafts.created", {
      title: data.title!,
      recipients,
      deadline: formatDateTime(new Date(data.deadline!), deps.timeZone),
    }),
  );
}
