import type { Composer } from "telegraf";
import { answerNoComments } from "../../../domain/drafts/answer-no-comments.js";
import { findDraft } from "../../../domain/drafts/find-draft.js";
import { listDrafts } from "../../../domain/drafts/list-drafts.js";
import { listMyComments } from "../../../domain/drafts/list-my-comments.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { draftListView } from "./draft-list-view.js";
import { answerNoComments as answerNoCommentsButton, showMyComments } from "./drafts-callbacks.js";
import { myCommentView } from "./my-comment-view.js";
import { onCommand } from "../../on-command.js";

async function listOpenDrafts(ctx: BotContext, deps: BotDeps) {
  assertCan(ctx.actor, "drafts.view");
  const drafts = await listDrafts(deps.db, {
    blocId: ctx.actor.bloc!.id,
    unitId: ctx.actor.unit?.id ?? null,
    now: deps.clock(),
  });
  if (drafts.length === 0) return ctx.reply(ctx.t("drafts.none_open"));
  const view = draftListView(ctx.t, { drafts, hasUnit: ctx.actor.unit !== null, timeZone: deps.timeZone });
  await ctx.reply(view.text, view.keyboard);
}

async function noComments(ctx: BotContext, deps: BotDeps, draftId: string) {
  const { draft, already } = await answerNoComments(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    draftId,
    unitId: ctx.actor.unit?.id ?? "",
    personId: ctx.actor.person?.id ?? "",
    actor: ctx.actor,
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

async function myComments(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.comment");
  const { draft } = await findDraft(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  const comments = await listMyComments(deps.db, { draftId, personId: ctx.actor.person!.id });
  await ctx.answerCbQuery();
  if (comments.length === 0) return ctx.reply(ctx.t("drafts.mine_none", { title: draft.title }));
  for (const comment of comments) {
    const view = myCommentView(ctx.t, comment);
    await ctx.reply(view.text, view.keyboard);
  }
}

// /drafts, "Không có ý kiến" and "Góp ý của tôi": what a unit member does with the open drafts.
export function registerUnitAnswers(feature: Composer<BotContext>, deps: BotDeps): void {
  onCommand(feature, "drafts", (ctx) => listOpenDrafts(ctx, deps));
  onButton(feature, answerNoCommentsButton, (ctx, data) => noComments(ctx, deps, data.draftId));
  onButton(feature, showMyComments, (ctx, data) => myComments(ctx, deps, data.draftId));
}
