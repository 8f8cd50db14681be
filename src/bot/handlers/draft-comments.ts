import { Markup, type Telegraf } from "telegraf";
import { z } from "zod";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import type { ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { DomainError } from "../../domain/domain-error.js";
import { addComment } from "../../domain/drafts/add-comment.js";
import { answerNoComments } from "../../domain/drafts/answer-no-comments.js";
import { changeComment } from "../../domain/drafts/change-comment.js";
import { ensureOpen } from "../../domain/drafts/ensure-open.js";
import { findDraft } from "../../domain/drafts/find-draft.js";
import { listDrafts } from "../../domain/drafts/list-drafts.js";
import { listMyComments } from "../../domain/drafts/list-my-comments.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { cancelRow, clauseKeyboard } from "../draft-views.js";

export const commentKind = "comment";
export const commentEditKind = "comment_edit";

const CommentFlowSchema = z.object({
  draftId: z.string(),
  clauseId: z.string().nullable(),
  clauseLabel: z.string().nullable(),
});
const CommentEditSchema = z.object({ commentId: z.string() });

const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });

function commentButtons(ctx: BotContext, commentId: string) {
  return Markup.inlineKeyboard([
    [
      Markup.button.callback(ctx.t("drafts.edit_button"), encodeCallback({ kind: "comment_edit", commentId })),
      Markup.button.callback(ctx.t("drafts.withdraw_button"), encodeCallback({ kind: "comment_withdraw", commentId })),
    ],
  ]);
}

export function registerDraftComments(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("drafts", async (ctx) => {
    if (!(await authorize(ctx, deps, "drafts.view", "/drafts"))) return;
    const drafts = await listDrafts(deps.db, {
      blocId: ctx.actor.bloc!.id,
      unitId: ctx.actor.unit?.id ?? null,
      now: deps.clock(),
    });
    if (drafts.length === 0) return void (await ctx.reply(ctx.t("drafts.none_open")));
    const { t } = ctx;
    const lines = [t("drafts.list_title")];
    const buttons = [];
    for (const [i, { draft, version, mine, answered, units }] of drafts.entries()) {
      const status = mine
        ? t(`drafts.status_${mine.status}`, { count: mine.comments })
        : t("drafts.status_overall", { answered, units });
      lines.push(
        t("drafts.list_line", {
          index: i + 1,
          title: draft.title,
          version: version.number,
          deadline: formatDateTime(draft.deadline, deps.timeZone),
          status,
        }),
      );
      if (ctx.actor.unit) {
        buttons.push([
          Markup.button.callback(
            t("drafts.comment_on_button", { index: i + 1 }),
            encodeCallback({ kind: "draft_comment", draftId: draft.id }),
          ),
          Markup.button.callback(
            t("drafts.no_comments_button"),
            encodeCallback({ kind: "draft_no_comments", draftId: draft.id }),
          ),
          Markup.button.callback(t("drafts.mine_button"), encodeCallback({ kind: "draft_mine", draftId: draft.id })),
        ]);
      }
    }
    await ctx.reply(lines.join("\n"), buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined);
  });
}

export async function startComment(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:draft_comment"))) return;
  const { draft, current, clauses } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  ensureOpen(draft, { now: deps.clock(), timeZone: deps.timeZone });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("drafts.choose_clause", { title: draft.title, version: current.number }),
    clauseKeyboard(ctx.t, draft.id, clauses),
  );
}

export async function chooseClause(ctx: BotContext, deps: BotDeps, draftId: string, clauseId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:draft_clause"))) return;
  const { draft, clauses } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  ensureOpen(draft, { now: deps.clock(), timeZone: deps.timeZone });
  const clause = clauseId === "g" ? null : clauses.find((c) => c.id === clauseId);
  if (clause === undefined) throw new DomainError("drafts.error_unknown_clause");
  const label = clause?.label ?? null;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: commentKind,
    step: "text",
    data: { draftId, clauseId: clause?.id ?? null, clauseLabel: label },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("drafts.ask_comment", { title: draft.title, clause: label ?? ctx.t("drafts.general") }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

function commentTextOf(ctx: BotContext): { text: string; fileId: string | null } | null {
  const message = ctx.message!;
  if ("text" in message) return { text: message.text, fileId: null };
  if ("document" in message) return { text: message.caption ?? "", fileId: message.document.file_id };
  return null;
}

export async function handleCommentInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "conversation:comment"))) return;
  const flow = CommentFlowSchema.parse(conversation.data);
  const content = commentTextOf(ctx);
  if (!content) return void (await ctx.reply(ctx.t("drafts.error_comment_kind")));
  const { comment, draft } = await addComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId: flow.draftId,
    unitId: ctx.actor.unit!.id,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    clauseId: flow.clauseId,
    text: content.text || (content.fileId ? ctx.t("drafts.comment_file_only") : ""),
    fileId: content.fileId,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.reply(
    ctx.t("drafts.comment_saved", {
      title: draft.title,
      clause: flow.clauseLabel ?? ctx.t("drafts.general"),
      deadline: formatDateTime(draft.deadline, deps.timeZone),
    }),
    commentButtons(ctx, comment.id),
  );
}

export async function answerNoCommentsFor(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:draft_no_comments"))) return;
  const { draft, already } = await answerNoComments(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId,
    unitId: ctx.actor.unit!.id,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t(already ? "drafts.no_comments_already" : "drafts.no_comments_saved", {
      title: draft.title,
      unit: ctx.actor.unit!.name,
      deadline: formatDateTime(draft.deadline, deps.timeZone),
    }),
  );
}

export async function showMyComments(ctx: BotContext, deps: BotDeps, draftId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:draft_mine"))) return;
  const { draft } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  const comments = await listMyComments(deps.db, { draftId, personId: ctx.actor.person!.id });
  await ctx.answerCbQuery();
  if (comments.length === 0) return void (await ctx.reply(ctx.t("drafts.mine_none", { title: draft.title })));
  for (const comment of comments) {
    const response = comment.responseKind
      ? ctx.t(`drafts.response_${comment.responseKind}`) + `: ${comment.responseText}`
      : ctx.t("drafts.response_pending");
    await ctx.reply(
      ctx.t("drafts.mine_line", {
        clause: comment.clauseLabel ?? ctx.t("drafts.general"),
        text: comment.text,
        response,
      }),
      comment.responseKind ? undefined : commentButtons(ctx, comment.id),
    );
  }
}

export async function startCommentEdit(ctx: BotContext, deps: BotDeps, commentId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:comment_edit"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: commentEditKind,
    step: "text",
    data: { commentId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("drafts.ask_new_text"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleCommentEditInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "conversation:comment_edit"))) return;
  const { commentId } = CommentEditSchema.parse(conversation.data);
  const message = ctx.message!;
  if (!("text" in message)) return void (await ctx.reply(ctx.t("drafts.error_comment_kind")));
  const { comment } = await changeComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    commentId,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    text: message.text,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.reply(
    ctx.t("drafts.comment_edited", { clause: comment.clauseLabel ?? ctx.t("drafts.general") }),
    commentButtons(ctx, comment.id),
  );
}

export async function withdrawComment(ctx: BotContext, deps: BotDeps, commentId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "drafts.comment", "button:comment_withdraw"))) return;
  const { comment } = await changeComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    commentId,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    text: null,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx
    .editMessageText(ctx.t("drafts.comment_withdrawn", { clause: comment.clauseLabel ?? ctx.t("drafts.general") }))
    .catch(() =>
      ctx.reply(ctx.t("drafts.comment_withdrawn", { clause: comment.clauseLabel ?? ctx.t("drafts.general") })),
    );
}
