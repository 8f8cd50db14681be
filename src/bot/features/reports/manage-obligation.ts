import { findObligation } from "../../../domain/reports/find-obligation.js";
import { getPeriodStatus } from "../../../domain/reports/get-period-status.js";
import { getReportsOverview } from "../../../domain/reports/get-reports-overview.js";
import { listPastPeriods } from "../../../domain/reports/list-past-periods.js";
import { updateObligation } from "../../../domain/reports/update-obligation.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { loadReportCalendar } from "./load-report-calendar.js";
import { nextShift, obligationView } from "./obligation-view.js";
import { pastPeriodsView } from "./past-periods-view.js";
import { periodStatusView } from "./period-status-view.js";

async function periodView(ctx: BotContext, deps: BotDeps, periodId: string) {
  const status = await getPeriodStatus(deps.db, { blocId: ctx.actor.bloc!.id, periodId, now: deps.clock() });
  return periodStatusView(ctx.t, { status: { ...status, dueDate: status.period.dueDate }, timeZone: deps.timeZone });
}

export async function showObligation(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const overview = await getReportsOverview(deps.db, { blocId: ctx.actor.bloc!.id, now: deps.clock() });
  const row = overview.obligations.find((candidate) => candidate.obligation.id === obligationId);
  await ctx.answerCbQuery();
  if (!row) return void (await ctx.reply(ctx.t("reports.error_unknown_obligation")));
  // Overdue periods first: they are where action is needed, and the one in progress would hide them.
  const periods = [...row.overdue, ...(row.current ? [row.current] : [])];
  const shown = [];
  for (const period of periods) shown.push({ ...period, text: (await periodView(ctx, deps, period.id)).text });
  const view = obligationView(ctx.t, { row, periods: shown });
  await ctx.reply(view.text, view.keyboard);
}

export async function showPastPeriods(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const past = await listPastPeriods(deps.db, { blocId: ctx.actor.bloc!.id, obligationId, now: deps.clock() });
  await ctx.answerCbQuery();
  const view = pastPeriodsView(ctx.t, past);
  await ctx.reply(view.text, view.keyboard);
}

export async function showPeriod(ctx: BotContext, deps: BotDeps, periodId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const view = await periodView(ctx, deps, periodId);
  await ctx.answerCbQuery();
  await ctx.reply(view.text, view.keyboard);
}

// The day-off rule cycles previous → next → none with each tap.
export async function changeShift(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const blocId = ctx.actor.bloc!.id;
  const row = await findObligation(deps.db, { blocId, obligationId });
  const shift = nextShift[row.settings.shift];
  const { obligation } = await updateObligation(deps.db, {
    blocId,
    obligationId,
    actor: ctx.actor,
    change: { shift },
    calendar: await loadReportCalendar(deps),
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("reports.shift_changed", { name: obligation.name, shift: ctx.t(`reports.shift_${shift}`) }));
}

export async function toggleObligation(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const blocId = ctx.actor.bloc!.id;
  const row = await findObligation(deps.db, { blocId, obligationId });
  const { obligation } = await updateObligation(deps.db, {
    blocId,
    obligationId,
    actor: ctx.actor,
    change: { active: !row.obligation.active },
    calendar: await loadReportCalendar(deps),
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t(obligation.active ? "reports.resumed" : "reports.paused", { name: obligation.name }));
}
