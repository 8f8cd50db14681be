import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { answerExtendSheet, startExtendSheet } from "./extend-sheet-flow.js";
import { answerOpenRound, changeOpenRound, confirmOpenRound } from "./open-round-flow.js";
import { publish, publishPressed } from "./publish-flow.js";
import * as callbacks from "./results-callbacks.js";
import { extendSheetWizard, openRoundWizard } from "./results-wizards.js";
import { resultsYear, showResults } from "./show-results.js";
import { onCommand } from "../../on-command.js";

// The review round's schedule when it opens, a unit's extension, and the ranking: /results, its files, publishing.
export function resultsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "results", async (ctx) => showResults(ctx, deps, await resultsYear(ctx, deps, ctx.message.text)));
  onButton(feature, callbacks.confirmOpenRound, (ctx) => confirmOpenRound(ctx, deps));
  onButton(feature, callbacks.changeRoundReminders, (ctx) => changeOpenRound(ctx, deps, "reminders"));
  onButton(feature, callbacks.changeRoundTime, (ctx) => changeOpenRound(ctx, deps, "time"));
  onButton(feature, callbacks.changeRoundEscalations, (ctx) => changeOpenRound(ctx, deps, "escalations"));
  onButton(feature, callbacks.extendUnitSheet, (ctx, data) => startExtendSheet(ctx, deps, data.sheetId));
  onButton(feature, callbacks.showResults, async (ctx, data) => {
    await ctx.answerCbQuery();
    await showResults(ctx, deps, Number(data.year));
  });
  onButton(feature, callbacks.publishRanking, (ctx, data) => publishPressed(ctx, deps, Number(data.year)));
  onButton(feature, callbacks.publishProvisional, (ctx, data) => publish(ctx, deps, Number(data.year), true));
  openRoundWizard.onMessage(feature, deps, (ctx, state) => answerOpenRound(ctx, deps, state));
  extendSheetWizard.onMessage(feature, deps, (ctx, state) => answerExtendSheet(ctx, deps, state));
  return feature;
}
