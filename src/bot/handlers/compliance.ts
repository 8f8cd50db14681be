import { Markup, type Telegraf } from "telegraf";
import { getCompliance } from "../../domain/reports/get-compliance.js";
import { vietnamDateOf } from "../../domain/reports/vietnam-time.js";
import type { ComplianceReport } from "../../documents/compliance-report.js";
import { buildComplianceChart } from "../../documents/build-compliance-chart.js";
import { buildComplianceXlsx } from "../../documents/build-compliance-xlsx.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";

function summaryText(ctx: BotContext, report: ComplianceReport): string {
  const unitName = new Map(report.units.map((unit) => [unit.id, unit.shortName ?? unit.name]));
  const lines = [ctx.t("compliance.summary_title", { bloc: report.blocName, year: report.year })];
  for (const rate of report.rates) {
    lines.push(
      rate.rate === null
        ? ctx.t("compliance.unit_line_none", { unit: unitName.get(rate.unitId) ?? "?" })
        : ctx.t("compliance.unit_line", {
            unit: unitName.get(rate.unitId) ?? "?",
            rate: Math.round(rate.rate * 100),
            onTime: rate.onTime,
            late: rate.late,
            missing: rate.missing,
            due: rate.due,
          }),
    );
  }
  // The latest period already due of each obligation, with who has still not sent it.
  for (const obligation of report.obligations) {
    const latest = obligation.periods
      .filter((p) => Object.values(p.cells).some((c) => c.status !== "pending" && c.status !== "not_required"))
      .at(-1);
    if (!latest) continue;
    const missing = Object.entries(latest.cells)
      .filter(([, cell]) => cell.status === "missing")
      .map(([unitId]) => unitName.get(unitId) ?? "?");
    lines.push(
      missing.length > 0
        ? ctx.t("compliance.missing_line", { name: obligation.name, period: latest.label, units: missing.join(", ") })
        : ctx.t("compliance.complete_line", { name: obligation.name, period: latest.label }),
    );
  }
  return lines.join("\n");
}

function yearOf(text: string, now: Date): number | null {
  const arg = text.split(/\s+/)[1];
  if (!arg) return Number(vietnamDateOf(now).slice(0, 4));
  return /^20\d\d$/.test(arg) ? Number(arg) : null;
}

export function registerCompliance(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("compliance", async (ctx) => {
    if (!(await authorize(ctx, deps, "compliance.view", "/compliance"))) return;
    const now = deps.clock();
    const year = yearOf(ctx.message.text, now);
    if (year === null) return void (await ctx.reply(ctx.t("compliance.error_bad_year")));
    const report = await getCompliance(deps.db, {
      blocId: ctx.actor.bloc!.id,
      year,
      now,
      timeZone: deps.timeZone,
      t: ctx.t,
    });
    if (report.obligations.length === 0) return void (await ctx.reply(ctx.t("compliance.empty", { year })));
    await ctx.reply(
      summaryText(ctx, report),
      Markup.inlineKeyboard([
        [
          Markup.button.callback(
            ctx.t("compliance.xlsx_button"),
            encodeCallback({ kind: "compliance_export", year: String(year) }),
          ),
        ],
      ]),
    );
    const chart = await buildComplianceChart(report, ctx.t);
    await ctx.replyWithPhoto(
      { source: chart, filename: `ty-le-dung-han-${year}.png` },
      { caption: ctx.t("compliance.chart_caption", { year }) },
    );
  });
}

export async function exportCompliance(ctx: BotContext, deps: BotDeps, year: number): Promise<void> {
  if (!(await authorize(ctx, deps, "compliance.view", "button:compliance_export"))) return;
  await ctx.answerCbQuery();
  const report = await getCompliance(deps.db, {
    blocId: ctx.actor.bloc!.id,
    year,
    now: deps.clock(),
    timeZone: deps.timeZone,
    t: ctx.t,
  });
  const bytes = await buildComplianceXlsx(report, ctx.t);
  await ctx.replyWithDocument(
    { source: bytes, filename: `tuan-thu-bao-cao-${year}.xlsx` },
    { caption: ctx.t("compliance.xlsx_caption", { year, units: report.units.length }) },
  );
}
