import { Composer } from "telegraf";
import { z } from "zod";
import { assertCan } from "../../../domain/policy/policy.js";
import { zonedDateOf } from "../../../domain/reports/zoned-time.js";
import { showScale } from "../../../domain/scoring/scale/show-scale.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { createWizard } from "../../create-wizard.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { importScaleFile } from "./import-scale-file.js";
import { isScaleCaption, parseScaleArgs } from "./parse-scale-args.js";
import { scaleTreeView } from "./scale-tree-view.js";
import { onCommand } from "../../on-command.js";

// After /scale import, the next file is the scale.
const importWizard = createWizard(
  "scale_import",
  z.object({ year: z.number().int().optional(), newVersion: z.boolean() }),
);

async function showTree(ctx: BotContext, deps: BotDeps, year: number | undefined) {
  const tree = await showScale(deps.db, { blocId: ctx.actor.bloc?.id ?? "", year, actor: ctx.actor });
  if (!tree) {
    await ctx.reply(year ? ctx.t("scale.none_for_year", { year }) : ctx.t("scale.none"));
    return;
  }
  await ctx.reply(scaleTreeView(ctx.t, { tree, locale: ctx.locale }).text);
}

async function startImport(ctx: BotContext, deps: BotDeps, year: number | undefined, newVersion: boolean) {
  assertCan(ctx.actor, "scale.import");
  await importWizard.start(ctx, deps, "file", { year, newVersion });
  const shown = year ?? Number(zonedDateOf(deps.clock(), deps.timeZone).slice(0, 4));
  await ctx.reply(ctx.t("scale.ask_file", { year: shown }), { reply_markup: { inline_keyboard: [cancelRow(ctx.t)] } });
}

// The year's scoring scale: /scale shows the tree to every member; the leader unit imports an .xlsx sheet.
export function scaleFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "scale", async (ctx) => {
    const args = parseScaleArgs(ctx.message.text);
    if (!args) return ctx.reply(ctx.t("scale.usage"));
    if (args.mode === "show") return showTree(ctx, deps, args.year);
    return startImport(ctx, deps, args.year, args.newVersion);
  });
  feature.on("document", async (ctx, next) => {
    if (!isScaleCaption(ctx.message.caption)) return next();
    const args = parseScaleArgs(ctx.message.caption!);
    if (!args || args.mode !== "import") return ctx.reply(ctx.t("scale.usage"));
    const stored = await importScaleFile(ctx, deps, args);
    if (stored && (await importWizard.load(ctx, deps))) await importWizard.end(ctx, deps);
  });
  importWizard.onMessage(feature, deps, async (ctx, state) => {
    if (await importScaleFile(ctx, deps, state.data)) await importWizard.end(ctx, deps);
  });
  return feature;
}
