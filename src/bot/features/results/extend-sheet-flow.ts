import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { extendSheet } from "../../../domain/scoring/sheets/extend-sheet.js";
import { getSheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { extendSheetWizard } from "./results-wizards.js";
import { showRoundStatus } from "./show-round-status.js";

// "⏳ Gia hạn" on a late unit in /review: the new deadline is typed next.
export async function startExtendSheet(ctx: BotContext, deps: BotDeps, sheetId: string): Promise<void> {
  assertCan(ctx.actor, "review.extend");
  const sheet = await getSheetOverview(deps.db, { actor: ctx.actor, sheetId });
  if (sheet.state !== "draft")
    return void (await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true }));
  await extendSheetWizard.start(ctx, deps, "deadline", { sheetId, unitName: sheet.unitName });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("results.ask_extension", { unit: sheet.unitName }));
}

export async function answerExtendSheet(
  ctx: BotContext,
  deps: BotDeps,
  state: WizardState<{ sheetId: string; unitName: string }>,
): Promise<void> {
  const text = ctx.message && "text" in ctx.message ? ctx.message.text : "";
  const now = deps.clock();
  const until = parseDeadline(text, { timeZone: deps.timeZone, now });
  await extendSheet(deps.db, { actor: ctx.actor, sheetId: state.data.sheetId, until, now });
  await extendSheetWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(
    ctx.t("results.extended_reply", { unit: state.data.unitName, deadline: formatDateTime(until, deps.timeZone) }),
  );
  await showRoundStatus(ctx, deps);
}
