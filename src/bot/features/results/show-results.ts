import { DomainError } from "../../../domain/domain-error.js";
import { can } from "../../../domain/policy/policy.js";
import { findRoundPublication } from "../../../domain/scoring/results/find-round-publication.js";
import { getRoundResults } from "../../../domain/scoring/results/get-round-results.js";
import { buildScoresChartPng } from "../../../documents/build-scores-chart-png.js";
import { buildScoringResultsXlsx } from "../../../documents/build-scoring-results-xlsx.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { rankingView } from "./ranking-view.js";

// "/results 2026", or the bloc's latest round (the review of a year ends in January of the next).
export async function resultsYear(ctx: BotContext, deps: BotDeps, text: string): Promise<number> {
  const arg = text.split(/\s+/)[1];
  if (arg && !/^20\d\d$/.test(arg)) throw new DomainError("results.error_bad_year");
  const round = await findRoundPublication(deps.db, {
    blocId: ctx.actor.bloc?.id ?? "",
    year: arg ? Number(arg) : undefined,
  });
  if (!round)
    throw arg ? new DomainError("results.error_no_round", { year: arg }) : new DomainError("results.error_no_rounds");
  return round.year;
}

// The ranking for everyone allowed to see it; the leader unit and the board also get the .xlsx, the .docx and the
// chart, before publishing as the preview and after it as the files to sign.
export async function showResults(ctx: BotContext, deps: BotDeps, year: number): Promise<void> {
  const blocId = ctx.actor.bloc?.id ?? "";
  const now = deps.clock();
  const leads = can(ctx.actor, "results.publish");
  const { ranking, report } = await getRoundResults(deps.db, {
    actor: ctx.actor,
    blocId,
    year,
    now,
    timeZone: deps.timeZone,
    withFiles: leads,
  });
  const view = rankingView(ctx.t, {
    ranking,
    ownUnitId: ctx.actor.unit?.id ?? null,
    canPublish: leads,
    publishedAt: ranking.publishedAt ? formatDateTime(ranking.publishedAt, deps.timeZone) : null,
    publishedProvisional: ranking.publishedProvisional,
  });
  await ctx.reply(view.text, view.keyboard);
  if (!report) return;
  const caption = ctx.t(ranking.provisional ? "results.files_caption_provisional" : "results.files_caption", { year });
  await ctx.replyWithDocument(
    { source: await buildScoringResultsXlsx(report, ctx.t), filename: `ket-qua-binh-xet-${year}.xlsx` },
    { caption },
  );
  const { buildScoringResultsDocx } = await import("../../../documents/build-scoring-results-docx.js");
  await ctx.replyWithDocument(
    { source: await buildScoringResultsDocx(report, ctx.t), filename: `ket-qua-binh-xet-${year}.docx` },
    { caption },
  );
  await ctx.replyWithPhoto(
    { source: await buildScoresChartPng(report, ctx.t), filename: `diem-binh-xet-${year}.png` },
    { caption: ctx.t("results.chart_caption", { year }) },
  );
}
