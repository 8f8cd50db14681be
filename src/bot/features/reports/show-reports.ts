import { ensureReportPresets } from "../../../domain/reports/ensure-report-presets.js";
import { getReportsOverview } from "../../../domain/reports/get-reports-overview.js";
import { listUnitReports } from "../../../domain/reports/list-unit-reports.js";
import { zonedDateOf } from "../../../domain/reports/zoned-time.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { loadReportCalendar } from "./load-report-calendar.js";
import { reportsOverviewView } from "./reports-overview-view.js";
import { unitReportsView } from "./unit-reports-view.js";

// /reports: the leader sees every obligation (the usual four are created on first use), a unit what it owes.
export async function showReports(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "reports.view");
  const now = deps.clock();
  const blocId = ctx.actor.bloc!.id;
  await ensureReportPresets(deps.db, {
    blocId,
    name: (key) => deps.translator.t(deps.defaultLocale, key),
    calendar: await loadReportCalendar(deps),
    now,
  });
  if (can(ctx.actor, "reports.manage")) {
    const overview = await getReportsOverview(deps.db, { blocId, now });
    const year = zonedDateOf(now, deps.timeZone).slice(0, 4);
    const view = reportsOverviewView(ctx.t, { rows: overview.obligations, year });
    await ctx.reply(view.text, view.keyboard);
  }
  if (can(ctx.actor, "reports.submit")) {
    const { unit, periods } = await listUnitReports(deps.db, { blocId, personId: ctx.actor.person!.id, now });
    const view = unitReportsView(ctx.t, { unitName: unit.shortName ?? unit.name, periods, timeZone: deps.timeZone });
    await ctx.reply(view.text, view.keyboard);
  }
}
