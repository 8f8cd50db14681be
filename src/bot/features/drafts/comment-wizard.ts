import type { Composer } from "telegraf";
import { z } from "zod";
import { DomainError } from "../../../domain/domain-error.js";
import { addComment } from "../../../domain/drafts/add-comment.js";
import { ensureOpen } from "../../../domain/drafts/ensure-open.js";
import { findDraft } from "../../../domain/drafts/find-draft.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { chooseClauseView } from "./choose-clause-view.js";
import { commentSavedView } from "./comment-saved-view.js";
import { chooseClause, commentOnDraft } from "./drafts-callbacks.js";
import { promptView } from "./prompt-view.js";

const CommentSchema = z.object({
  draftId: z.string(),
  clauseId: z.string().nullable(),
  clauseLabel: z.string().nullable(),
});
type CommentFlow = z.infer<typeof CommentSchema>;

const commentWizard = createWizard("comment", CommentSchema);

async function startComment(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.comment");
  const { draft, current, clauses } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  ensureOpen(draft, { now: deps.clock(), timeZone: deps.timeZone });
  await ctx.answerCbQuery();
  const view = chooseClauseView(ctx.t, { draftId: draft.id, title: draft.title, version: current.number, clauses });
  await ctx.reply(view.text, view.keyboard);
}

async function pickClause(ctx: BotContext, deps: BotDeps, draftId: string, clauseId: string) {
  assertCan(ctx.actor, "drafts.comment");
  const { draft, clauses } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  ensureOpen(draft, { now: deps.clock(), timeZone: deps.timeZone });
  const clause = clauseId === "g" ? null : clauses.find((c) => c.id === clauseId);
  if (clause === undefined) throw new DomainError("drafts.error_unknown_clause");
  const label = clause?.label ?? null;
  await commentWizard.start(ctx, deps, "text", { draftId, clauseId: clause?.id ?? null, clauseLabel: label });
  await ctx.answerCbQuery();
  const view = promptView(
    ctx.t,
    ctx.t("drafts.ask_comment", { title: draft.title, clause: label ?? ctx.t("drafts.general") }),
  );
  await ctx.editMessageText(view.text, view.keyboard);
}

function commentContent(ctx: BotContext): { text: string; fileId: string | null } | null {
  const message = ctx.message!;
  if ("text" in message) return { text: message.text, fileId: null };
  if ("document" in message) return { text: message.caption ?? "", fileId: message.document.file_id };
  return null;
}

async function takeComment(ctx: BotContext, deps: BotDeps, { data }: WizardState<CommentFlow>) {
  assertCan(ctx.actor, "drafts.comment");
  const content = commentContent(ctx);
  if (!content) return ctx.reply(ctx.t("drafts.error_comment_kind"));
  const { comment, draft } = await addComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId: data.draftId,
    unitId: ctx.actor.unit!.id,
    personId: ctx.actor.person!.id,
    actor: ctx.actor,
    clauseId: data.clauseId,
    text: content.text || (content.fileId ? ctx.t("drafts.comment_file_only") : ""),
    fileId: content.fileId,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await commentWizard.end(ctx, deps);
  const view = commentSavedView(ctx.t, {
    commentId: comment.id,
    title: draft.title,
    clauseLabel: data.clauseLabel,
    deadline: draft.deadline,
    timeZone: deps.timeZone,
  });
  await ctx.reply(view.text, view.keyboard);
}

// "Góp ý": choose the article, then send the comment (text, or a file with a caption).
export function registerCommentWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, commentOnDraft, (ctx, data) => startComment(ctx, deps, data.draftId));
  onButton(feature, chooseClause, (ctx, data) => pickClause(ctx, deps, data.draftId, data.clauseId));
  commentWizard.onMessage(feature, deps, (ctx, state) => takeComment(ctx, deps, state));
}
