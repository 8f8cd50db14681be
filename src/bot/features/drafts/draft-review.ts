import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Composer } from "telegraf";
import { getDraftOverview } from "../../../domain/drafts/get-draft-overview.js";
import { getSynthesisData } from "../../../domain/drafts/get-synthesis-data.js";
import { listDrafts } from "../../../domain/drafts/list-drafts.js";
import { markFinalVersion } from "../../../domain/drafts/mark-final-version.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { makeSynthesisFiles } from "../../../exports/make-synthesis-files.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { commentChunkView } from "./comment-chunk-view.js";
import { exportSynthesis, markFinal, reviewDraft } from "./drafts-callbacks.js";
import { reviewActionsView } from "./review-actions-view.js";
import { reviewHeaderView } from "./review-header-view.js";
import { reviewListView } from "./review-list-view.js";
import { onCommand } from "../../on-command.js";

// Comments per message, so each stays well under Telegram's 4096 characters and 100 buttons.
const commentsPerMessage = 8;

// The leader's view: unit statuses, then every comment with its answer buttons, then what can be done with the draft.
async function showReview(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.manage");
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  if (ctx.callbackQuery) await ctx.answerCbQuery();
  const { draft, current, comments } = overview;
  const header = reviewHeaderView(ctx.t, {
    title: draft.title,
    version: current.number,
    isFinal: current.isFinal,
    deadline: draft.deadline,
    comments: comments.length,
    units: overview.units,
    timeZone: deps.timeZone,
  });
  await ctx.reply(header.text);
  for (let start = 0; start < comments.length; start += commentsPerMessage) {
    const chunk = commentChunkView(ctx.t, {
      first: start + 1,
      comments: comments.slice(start, start + commentsPerMessage),
    });
    await ctx.reply(chunk.text, chunk.keyboard);
  }
  const actions = reviewActionsView(ctx.t, { draftId, version: current.number, isFinal: current.isFinal });
  await ctx.reply(actions.text, actions.keyboard);
}

// /comments: the drafts to review; with only one, its review at once.
async function listForReview(ctx: BotContext, deps: BotDeps) {
  assertCan(ctx.actor, "drafts.manage");
  const drafts = await listDrafts(deps.db, {
    blocId: ctx.actor.bloc!.id,
    unitId: null,
    now: deps.clock(),
    includeClosed: true,
  });
  if (drafts.length === 0) return ctx.reply(ctx.t("drafts.none"));
  if (drafts.length === 1) return showReview(ctx, deps, drafts[0]!.draft.id);
  const view = reviewListView(ctx.t, { drafts, timeZone: deps.timeZone });
  await ctx.reply(view.text, view.keyboard);
}

async function sendSynthesis(ctx: BotContext, deps: BotDeps, draftId: string, format: "docx" | "xlsx") {
  assertCan(ctx.actor, "drafts.manage");
  const data = await getSynthesisData(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  await ctx.answerCbQuery();
  const files = await makeSynthesisFiles(data, { t: ctx.t, timeZone: deps.timeZone, now: deps.clock() });
  const file = files[format];
  await ctx.replyWithDocument(
    { source: file.bytes, filename: file.name },
    { caption: ctx.t("drafts.export_caption", { title: data.draftTitle, rows: data.rows.length }) },
  );
}

async function markCurrentFinal(ctx: BotContext, deps: BotDeps, draftId: string) {
  assertCan(ctx.actor, "drafts.manage");
  const overview = await getDraftOverview(deps.db, { blocId: ctx.actor.bloc!.id, draftId });
  const result = await markFinalVersion(deps.db, {
    blocId: ctx.actor.bloc!.id,
    draftId,
    versionId: overview.current.id,
    actor: ctx.actor,
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

export function registerDraftReview(feature: Composer<BotContext>, deps: BotDeps): void {
  onCommand(feature, "comments", (ctx) => listForReview(ctx, deps));
  onButton(feature, reviewDraft, (ctx, data) => showReview(ctx, deps, data.draftId));
  onButton(feature, exportSynthesis, (ctx, data) => sendSynthesis(ctx, deps, data.draftId, data.format));
  onButton(feature, markFinal, (ctx, data) => markCurrentFinal(ctx, deps, data.draftId));
}
