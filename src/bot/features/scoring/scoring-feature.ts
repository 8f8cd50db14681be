import { Composer } from "telegraf";
import { finalizeSheet } from "../../../domain/scoring/sheets/finalize-sheet.js";
import { getSheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import { reviewSheet } from "../../../domain/scoring/sheets/review-sheet.js";
import { submitSheet } from "../../../domain/scoring/sheets/submit-sheet.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { startOpenRound } from "../results/open-round-flow.js";
import { showRoundStatus } from "../results/show-round-status.js";
import { answerLeaf } from "./answer-leaf.js";
import { reviewSheetView } from "./review-views.js";
import * as callbacks from "./scoring-callbacks.js";
import { leafWizard, type LeafWizardData } from "./scoring-wizard.js";
import { sheetFilesFeature } from "./sheet-files-feature.js";
import { leafPromptView, sheetView } from "./sheet-view.js";
import { onCommand } from "../../on-command.js";

// /review: every unit's state for the leader unit; "/review open <deadline>" first shows the round's schedule.
async function showReview(ctx: BotContext, deps: BotDeps, text: string) {
  const args = text.split(/\s+/).slice(1);
  if (args[0] === "open") return startOpenRound(ctx, deps, args.slice(1).join(" "));
  await showRoundStatus(ctx, deps);
}

async function showSheet(ctx: BotContext, deps: BotDeps, sheetId: string | undefined, parentId: string | null) {
  const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId });
  const view = sheetView(ctx.t, { sheet, parentId, canSubmit: ctx.actor.role === "signatory" });
  await ctx.reply(view.text, view.keyboard);
}

type LeafButton = { sheetId: string; path: string; mode: LeafWizardData["mode"] };

async function startLeaf(ctx: BotContext, deps: BotDeps, button: LeafButton) {
  const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId: button.sheetId });
  const node = sheet.nodes.find((n) => n.path === button.path && n.kind !== "section");
  const data = { sheetId: button.sheetId, nodeId: node?.id ?? "", mode: button.mode };
  // A leaf button of a sheet already submitted is stale: say so instead of asking for a figure nobody may save.
  if (!node || (data.mode === "fill" && sheet.state !== "draft"))
    return void (await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true }));
  await leafWizard.start(ctx, deps, "value", data);
  await ctx.answerCbQuery();
  await ctx.reply(leafPromptView(ctx.t, node, data.mode).text);
}

async function showReviewSheet(ctx: BotContext, deps: BotDeps, sheetId: string) {
  const view = reviewSheetView(ctx.t, await getSheetOverview(deps.db, { actor: ctx.actor, sheetId }));
  await ctx.reply(view.text, view.keyboard);
}

// The year-end review: /review for the leader unit (open a round, every unit's state, review a sheet), /sheet for a
// unit (fill leaf by leaf with buttons and short answers, evidence as files, submit, explain adjustments).
export function scoringFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  const now = () => deps.clock();
  const done = async (ctx: BotContext, key: string, params: Record<string, string | number> = {}) => {
    deps.outbox.notify();
    await ctx.answerCbQuery();
    await ctx.reply(ctx.t(key, params));
  };
  feature.use(sheetFilesFeature(deps));
  onCommand(feature, "review", (ctx) => showReview(ctx, deps, ctx.message.text));
  onCommand(feature, "sheet", (ctx) => showSheet(ctx, deps, undefined, null));
  onButton(feature, callbacks.openSection, async (ctx, data) => {
    await ctx.answerCbQuery();
    const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId: data.sheetId });
    const section = sheet.nodes.find((n) => n.path === data.path && n.kind === "section");
    await showSheet(ctx, deps, data.sheetId, section?.id ?? null);
  });
  onButton(feature, callbacks.chooseLeaf, (ctx, data) => startLeaf(ctx, deps, { ...data, mode: "fill" }));
  onButton(feature, callbacks.explainLeaf, (ctx, data) => startLeaf(ctx, deps, { ...data, mode: "explain" }));
  onButton(feature, callbacks.adjustLeaf, (ctx, data) => startLeaf(ctx, deps, { ...data, mode: "adjust" }));
  onButton(feature, callbacks.decideLeaf, (ctx, data) => startLeaf(ctx, deps, { ...data, mode: "decide" }));
  onButton(feature, callbacks.submitOwnSheet, async (ctx, data) => {
    await submitSheet(deps.db, { actor: ctx.actor, sheetId: data.sheetId, now: now() });
    await leafWizard.end(ctx, deps);
    await done(ctx, "sheets.submitted_reply");
  });
  onButton(feature, callbacks.openReview, async (ctx, data) => {
    await ctx.answerCbQuery();
    await showReviewSheet(ctx, deps, data.sheetId);
  });
  onButton(feature, callbacks.acceptSheet, async (ctx, data) => {
    const result = await reviewSheet(deps.db, {
      actor: ctx.actor,
      sheetId: data.sheetId,
      decision: { kind: "accept" },
      now: now(),
    });
    await done(ctx, result.state === "final" ? "sheets.finalized_reply" : "sheets.reviewed_reply", {
      adjusted: result.adjusted ?? 0,
    });
  });
  onButton(feature, callbacks.finalSheet, async (ctx, data) => {
    await finalizeSheet(deps.db, { actor: ctx.actor, sheetId: data.sheetId, now: now() });
    await done(ctx, "sheets.finalized_reply");
  });
  leafWizard.onMessage(feature, deps, (ctx, state) => answerLeaf(ctx, deps, state));
  return feature;
}
