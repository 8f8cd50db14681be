import type { Composer } from "telegraf";
import { z } from "zod";
import { changeComment } from "../../../domain/drafts/change-comment.js";
import { findEditableComment } from "../../../domain/drafts/find-editable-comment.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { createWizard, type WizardState } from "../../create-wizard.js";
import { commentActionsKeyboard } from "./comment-actions-keyboard.js";
import { confirmWithdraw, editComment, withdrawComment } from "./drafts-callbacks.js";
import { editCommentView } from "./edit-comment-view.js";
import { withdrawConfirmView } from "./withdraw-confirm-view.js";

const CommentEditSchema = z.object({ commentId: z.string() });
const commentEditWizard = createWizard("comment_edit", CommentEditSchema);

// The comment the person may still change; refused (gone, answered, closed) before anything is asked.
function editable(ctx: BotContext, deps: BotDeps, commentId: string) {
  assertCan(ctx.actor, "drafts.comment");
  return findEditableComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    commentId,
    personId: ctx.actor.person!.id,
    now: deps.clock(),
    timeZone: deps.timeZone,
  });
}

function change(ctx: BotContext, deps: BotDeps, commentId: string, text: string | null) {
  return changeComment(deps.db, {
    blocId: ctx.actor.bloc!.id,
    commentId,
    personId: ctx.actor.person!.id,
    actor: ctx.actor,
    text,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
}

async function startEdit(ctx: BotContext, deps: BotDeps, commentId: string) {
  const comment = await editable(ctx, deps, commentId);
  await commentEditWizard.start(ctx, deps, "text", { commentId });
  await ctx.answerCbQuery();
  const view = editCommentView(ctx.t, comment);
  await ctx.reply(view.text, view.keyboard);
}

async function takeNewText(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ commentId: string }>) {
  const message = ctx.message!;
  if (!("text" in message)) return ctx.reply(ctx.t("drafts.error_comment_kind"));
  const { comment } = await change(ctx, deps, data.commentId, message.text);
  await commentEditWizard.end(ctx, deps);
  await ctx.reply(
    ctx.t("drafts.comment_edited", { clause: comment.clauseLabel ?? ctx.t("drafts.general") }),
    commentActionsKeyboard(ctx.t, comment.id),
  );
}

async function askWithdraw(ctx: BotContext, deps: BotDeps, commentId: string) {
  const comment = await editable(ctx, deps, commentId);
  await ctx.answerCbQuery();
  const view = withdrawConfirmView(ctx.t, comment);
  await ctx.reply(view.text, view.keyboard);
}

async function withdraw(ctx: BotContext, deps: BotDeps, commentId: string) {
  const { comment } = await change(ctx, deps, commentId, null);
  await ctx.answerCbQuery();
  const text = ctx.t("drafts.comment_withdrawn", { clause: comment.clauseLabel ?? ctx.t("drafts.general") });
  await ctx.editMessageText(text).catch(() => ctx.reply(text));
}

// "Sửa" shows the current text and asks for the new one; "Rút lại" asks yes / no first.
export function registerCommentEditWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, editComment, (ctx, data) => startEdit(ctx, deps, data.commentId));
  commentEditWizard.onMessage(feature, deps, (ctx, state) => takeNewText(ctx, deps, state));
  onButton(feature, withdrawComment, (ctx, data) => askWithdraw(ctx, deps, data.commentId));
  onButton(feature, confirmWithdraw, (ctx, data) => withdraw(ctx, deps, data.commentId));
}
