import { Markup, type Telegraf } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import type { ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { getConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { addVersion } from "../../domain/drafts/add-version.js";
import { extendDeadline } from "../../domain/drafts/extend-deadline.js";
import { getDraftOverview } from "../../domain/drafts/get-draft-overview.js";
import { getSynthesisData } from "../../domain/drafts/get-synthesis-data.js";
import { listDrafts } from "../../domain/drafts/list-drafts.js";
import { markFinalVersion } from "../../domain/drafts/mark-final-version.js";
import { parseDeadline } from "../../domain/drafts/parse-deadline.js";
import { parseReminderOffsets } from "../../domain/drafts/parse-reminder-offsets.js";
import { setReminderOffsets } from "../../domain/drafts/set-reminder-offsets.js";
import { respondToComment } from "../../domain/drafts/respond-to-comment.js";
import { makeSynthesisFiles } from "../../exports/make-synthesis-files.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { cancelRow, draftAnswerButtons } from "../draft-views.js";
import { DraftFileSchema, readDraftFile } from "./new-draft.js";
import { shortFingerprint } from "../../i18n/format-fingerprint.js";

export const respondKind = "respond";
export const extendKind = "extend";
export const newVersionKind = "newversion";
export const remindersKind = "reminders";

const RespondSchema = z.object({ commentId: z.string(), response: z.enum(["accepted", "explained"]) });
const DraftRefSchema = z.object({ draftId: z.string() });
const NewVersionSchema = z.object({ draftId: z.string(), file: DraftFileSchema.optional() });

// Comments per message, so each stays well under Telegram's 4096 characters and 100 buttons.
const commentsPerMessage = 8;
const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function registerDraftReview(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("comments", async (ctx) => {
    if (!(await authorize(ctx, deps, "drafts.manage", "/comments"))) return;
    const drafts = await listDrafts(deps.db, {
      blocId: ctx.actor.bloc!.id,
      unitId: null,
      now: deps.clock(),
      includeClosed: true,
    });
    if (drafts.length === 0) return void (await ctx.reply(ctx.t("drafts.none")));
    const { t } = ctx;
    const lines = [t("drafts.review_title")];
    for (const [i, { draft, version, answered, units }] of drafts.entries()) {
      lines.push(
        t("drafts.list_line", {
          index: i + 1,
          title: draft.title,
          version: version.number,
          deadline: formatDateTime(draft.deadline, deps.timeZone),
          status: t("drafts.status_overall", { answered, units }),
        }),
      );
    }
    const buttons = drafts.map(({ draft }, i) => [
      Markup.button.callback(
        `${i + 1}. ${clip(draft.title, 50)}`,
        encodeCallback({ kind: "draft_view", draftId: draft.id }),
      ),
    ]);
    await ctx.reply(lines.join("\n"), Markup.inlineKeyboard(buttons));
  });
}

// The leader's view: unit statuses, then every comment with its answer buttons, then what can be done with the draft.
export async function showDraftReview(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_view"))) return;
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  const { t } = ctx;
  await ctx.answerCbQuery();
  const { draft, current } = overview;
  const head = [
    t("drafts.review_header", {
      title: draft.title,
      version: current.number,
      final: current.isFinal ? t("drafts.final_mark") : "",
      deadline: formatDateTime(draft.deadline, deps.timeZone),
      count: overview.comments.length,
    }),
    ...overview.units.map((unit) =>
      t(`drafts.unit_${unit.status}`, { unit: unit.shortName ?? unit.unitName, count: unit.comments }),
    ),
  ];
  await ctx.reply(head.join("\n"));
  for (let start = 0; start < overview.comments.length; start += commentsPerMessage) {
    const chunk = overview.comments.slice(start, start + commentsPerMessage);
    const lines: string[] = [];
    const buttons: InlineKeyboardButton[][] = [];
    chunk.forEach((comment, offset) => {
      const index = start + offset + 1;
      const answer = comment.responseKind
        ? t("drafts.answer_line", {
            kind: t(`drafts.response_${comment.responseKind}`),
            text: clip(comment.responseText ?? "", 300),
          })
        : t("drafts.response_pending");
      lines.push(
        t("drafts.comment_line", {
          index,
          clause: comment.clauseLabel ?? t("drafts.general"),
          unit: comment.unitShortName ?? comment.unitName,
          person: comment.personName,
          version: comment.versionNumber,
          text: clip(comment.text, 600),
          answer,
        }),
      );
      buttons.push([
        Markup.button.callback(
          t("drafts.accept_button", { index }),
          encodeCallback({ kind: "comment_respond", commentId: comment.id, response: "accepted" }),
        ),
        Markup.button.callback(
          t("drafts.explain_button", { index }),
          encodeCallback({ kind: "comment_respond", commentId: comment.id, response: "explained" }),
        ),
      ]);
    });
    await ctx.reply(lines.join("\n\n"), Markup.inlineKeyboard(buttons));
  }
  await ctx.reply(
    t("drafts.actions_title"),
    Markup.inlineKeyboard([
      [
        Markup.button.callback(
          t("drafts.export_docx_button"),
          encodeCallback({ kind: "draft_export", draftId, format: "docx" }),
        ),
        Markup.button.callback(
          t("drafts.export_xlsx_button"),
          encodeCallback({ kind: "draft_export", draftId, format: "xlsx" }),
        ),
      ],
      [Markup.button.callback(t("drafts.extend_button"), encodeCallback({ kind: "draft_extend", draftId }))],
      [Markup.button.callback(t("drafts.reminders_button"), encodeCallback({ kind: "draft_reminders", draftId }))],
      [Markup.button.callback(t("drafts.upload_button"), encodeCallback({ kind: "draft_upload", draftId }))],
      ...(current.isFinal
        ? []
        : [
            [
              Markup.button.callback(
                t("drafts.final_button", { version: current.number }),
                encodeCallback({ kind: "draft_final", draftId }),
              ),
            ],
          ]),
    ]),
  );
}

export async function startRespond(
  ctx: BotContext,
  deps: BotDeps,
  commentId: string,
  response: "accepted" | "explained",
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:comment_respond"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: respondKind,
    step: "text",
    data: { commentId, response },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t(`drafts.ask_response_${response}`), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleRespondInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "conversation:respond"))) return;
  const { commentId, response } = RespondSchema.parse(conversation.data);
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("drafts.error_comment_kind")));
  await respondToComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    commentId,
    kind: response,
    text: message.text,
    actor: actorOf(ctx),
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("drafts.response_saved", { kind: ctx.t(`drafts.response_${response}`) }));
}

export async function exportSynthesis(
  ctx: BotContext,
  deps: BotDeps,
  draftId: string,
  format: "docx" | "xlsx",
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_export"))) return;
  const data = await getSynthesisData(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  await ctx.answerCbQuery();
  const files = await makeSynthesisFiles(data, { t: ctx.t, timeZone: deps.timeZone, now: deps.clock() });
  const file = files[format];
  await ctx.replyWithDocument(
    { source: file.bytes, filename: file.name },
    { caption: ctx.t("drafts.export_caption", { title: data.draftTitle, rows: data.rows.length }) },
  );
}

export async function startExtend(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_extend"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: extendKind,
    step: "date",
    data: { draftId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("drafts.ask_new_deadline"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleExtendInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "conversation:extend"))) return;
  const { draftId } = DraftRefSchema.parse(conversation.data);
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("drafts.ask_new_deadline")));
  const now = deps.clock();
  const deadline = parseDeadline(message.text, { timeZone: deps.timeZone, now });
  const { title, recipients } = await extendDeadline(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId,
    deadline,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now,
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("drafts.extended", { title, deadline: formatDateTime(deadline, deps.timeZone), recipients }));
}

export async function startUpload(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_upload"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: newVersionKind,
    step: "file",
    data: { draftId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("drafts.ask_version_file"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

async function publishVersion(
  ctx: BotContext,
  deps: BotDeps,
  data: z.infer<typeof NewVersionSchema>,
  note: string | null,
): Promise<void> {
  const { number, recipients, accepted } = await addVersion(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId: data.draftId,
    authorId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    file: data.file!,
    note,
    buttons: draftAnswerButtons,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("drafts.version_sent", { version: number, recipients, accepted }));
}

export async function handleNewVersionInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "conversation:newversion"))) return;
  const data = NewVersionSchema.parse(conversation.data);
  if (conversation.step === "file") {
    const file = await readDraftFile(ctx, deps);
    await updateConversation(deps.db, {
      personId: ctx.actor.person!.id,
      step: "note",
      data: { ...data, file },
      now: deps.clock(),
    });
    await ctx.reply(
      ctx.t("drafts.ask_version_note"),
      Markup.inlineKeyboard([
        [Markup.button.callback(ctx.t("drafts.skip_note_button"), encodeCallback({ kind: "draft_skip_note" }))],
        cancelRow(ctx.t),
      ]),
    );
    return;
  }
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("drafts.ask_version_note")));
  await publishVersion(ctx, deps, data, message.text);
}

export async function skipVersionNote(ctx: BotContext, deps: BotDeps): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_skip_note"))) return;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || conversation.kind !== newVersionKind || conversation.step !== "note")
    return void (await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true }));
  await ctx.answerCbQuery();
  await publishVersion(ctx, deps, NewVersionSchema.parse(conversation.data), null);
}

export async function markFinal(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_final"))) return;
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  const result = await markFinalVersion(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId,
    versionId: overview.current.id,
    actor: actorOf(ctx),
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("drafts.final_marked", {
      title: result.title,
      version: result.number,
      fingerprint: shortFingerprint(result.sha256),
    }),
  );
}

function describeOffsets(ctx: BotContext, offsets: number[]): string {
  return offsets
    .map((minutes) =>
      minutes % 1440 === 0
        ? ctx.t("drafts.offset_days", { count: minutes / 1440 })
        : ctx.t("drafts.offset_hours", { count: Math.round(minutes / 60) }),
    )
    .join(", ");
}

export async function startReminders(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "button:draft_reminders"))) return;
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: remindersKind,
    step: "text",
    data: { draftId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  const current = z.array(z.number()).parse(JSON.parse(overview.draft.reminderOffsets));
  await ctx.reply(
    ctx.t("drafts.ask_reminders", { current: describeOffsets(ctx, current) }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

export async function handleRemindersInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.manage", "conversation:reminders"))) return;
  const { draftId } = DraftRefSchema.parse(conversation.data);
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("drafts.error_bad_offsets")));
  const offsets = parseReminderOffsets(message.text);
  const { title } = await setReminderOffsets(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId,
    offsets,
    actor: actorOf(ctx),
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.reply(ctx.t("drafts.reminders_set", { title, offsets: describeOffsets(ctx, offsets) }));
}
