import { getCompliance } from "../../../domain/reports/get-compliance.js";
import { zonedDateOf } from "../../../domain/reports/zoned-time.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { buildComplianceChart } from "../../../documents/build-compliance-chart.js";
import { buildComplianceXlsx } from "../../../documents/build-compliance-xlsx.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { complianceSummaryView } from "./compliance-summary-view.js";

function yearOf(text: string, today: string): number | null {
  const arg = text.split(/\s+/)[1];
  if (!arg) return Number(today.slice(0, 4));
  return /^20\d\d$/.test(arg) ? Number(arg) : null;
}

function loadCompliance(ctx: BotContext, deps: BotDeps, year: number) {
  return getCompliance(deps.db, {
    blocId: ctx.actor.bloc!.id,
    year,
    now: deps.clock(),
    timeZone: deps.timeZone,
    t: ctx.t,
  });
}

// /compliance [year]: the summary, the Excel button and the on-time chart.
export async function showCompliance(ctx: BotContext, deps: BotDeps, text: string): Promise<void> {
  assertCan(ctx.actor, "compliance.view");
  const year = yearOf(text, zonedDateOf(deps.clock(), deps.timeZone));
  if (year === null) return void (await ctx.reply(ctx.t("compliance.error_bad_year")));
  const report = await loadCompliance(ctx, deps, year);
  if (report.obligations.length === 0) return void (await ctx.reply(ctx.t("compliance.empty", { year })));
  const view = complianceSummaryView(ctx.t, { report });
  await ctx.reply(view.text, view.keyboard);
  const chart = await buildComplianceChart(report, ctx.t);
  await ctx.replyWithPhoto(
    { source: chart, filename: `ty-le-dung-han-${year}.png` },
    { caption: ctx.t("compliance.chart_caption", { year }) },
  );
}

export async function sendComplianceXlsx(ctx: BotContext, deps: BotDeps, year: number): Promise<void> {
  assertCan(ctx.actor, "compliance.view");
  await ctx.answerCbQuery();
  const report = await loadCompliance(ctx, deps, year);
  const bytes = await buildComplianceXlsx(report, ctx.t);
  await ctx.replyWithDocument(
    { source: bytes, filename: `tuan-thu-bao-cao-${year}.xlsx` },
    { caption: ctx.t("compliance.xlsx_caption", { year, units: report.units.length }) },
  );
}
