import { Markup, type Telegraf } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { ensureReportPresets } from "../../domain/reports/ensure-report-presets.js";
import { getPeriodStatus } from "../../domain/reports/get-period-status.js";
import { findObligation } from "../../domain/reports/find-obligation.js";
import { getReportsOverview } from "../../domain/reports/get-reports-overview.js";
import { listUnitReports } from "../../domain/reports/list-unit-reports.js";
import { loadWorkCalendar } from "../../domain/reports/load-work-calendar.js";
import { updateObligation } from "../../domain/reports/update-obligation.js";
import { vietnamDateOf } from "../../domain/reports/vietnam-time.js";
import { can } from "../../domain/policy/policy.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback, type CallbackData } from "../callback-data.js";
import { keyed, lateText, vietnamDate } from "../report-views.js";
import { exportCompliance } from "./compliance.js";
import { startSubmit } from "./report-submit.js";
import {
  chooseAllUnits,
  chooseDefaultReminders,
  chooseRecurrence,
  confirmNewObligation,
  finishReportUnits,
  startEditObligation,
  startNewObligation,
  toggleReportUnit,
} from "./report-setup.js";

const editFields = ["due", "reminders", "escalations", "units", "cutoff", "name"] as const;
// A tap moves to the next rule for due dates on a day off.
const nextShift = { previous: "next", next: "none", none: "previous" } as const;

async function showLeaderOverview(ctx: BotContext, deps: BotDeps): Promise<void> {
  const overview = await getReportsOverview(deps.db, { blocId: ctx.actor.bloc!.id, now: deps.clock() });
  const lines = [ctx.t("reports.overview_title", { count: overview.obligations.length })];
  overview.obligations.forEach((row, index) => {
    lines.push(
      ctx.t(row.obligation.active ? "reports.overview_line" : "reports.overview_line_paused", {
        index: index + 1,
        name: row.obligation.name,
        rule: keyed(ctx.t, row.rule),
      }),
      row.current
        ? ctx.t("reports.overview_current", {
            period: keyed(ctx.t, row.current.label),
            due: vietnamDate(row.current.dueDate),
            submitted: row.current.submitted,
            owing: row.owing,
          })
        : ctx.t("reports.overview_next", { due: row.nextDueDate ? vietnamDate(row.nextDueDate) : "—" }),
    );
  });
  const buttons: InlineKeyboardButton[][] = overview.obligations.map((row) => [
    Markup.button.callback(
      `📊 ${row.obligation.name}`,
      encodeCallback({ kind: "report_view", obligationId: row.obligation.id }),
    ),
  ]);
  buttons.push([Markup.button.callback(ctx.t("reports.new_button"), encodeCallback({ kind: "report_new" }))]);
  buttons.push([
    Markup.button.callback(
      ctx.t("reports.compliance_button"),
      encodeCallback({ kind: "compliance_export", year: vietnamDateOf(deps.clock()).slice(0, 4) }),
    ),
  ]);
  await ctx.reply(lines.join("\n"), Markup.inlineKeyboard(buttons));
}

async function showUnitReports(ctx: BotContext, deps: BotDeps): Promise<void> {
  const { unit, periods } = await listUnitReports(deps.db, {
    blocId: ctx.actor.bloc!.id,
    personId: ctx.actor.person!.id,
    now: deps.clock(),
  });
  const name = unit.shortName ?? unit.name;
  if (periods.length === 0) return void (await ctx.reply(ctx.t("reports.unit_none", { unit: name })));
  const lines = [ctx.t("reports.unit_title", { unit: name })];
  for (const p of periods) {
    const status = p.current
      ? ctx.t("reports.unit_status_sent", {
          receipt: p.current.receiptNo,
          time: formatDateTime(p.current.submittedAt, deps.timeZone),
          status: lateText(ctx.t, p.current.lateDays),
        })
      : ctx.t(p.overdue ? "reports.unit_status_overdue" : "reports.unit_status_open");
    lines.push(
      ctx.t("reports.unit_line", {
        name: p.obligationName,
        period: keyed(ctx.t, p.label),
        due: vietnamDate(p.dueDate),
        status,
      }),
    );
  }
  const buttons = periods.map((p) => [
    Markup.button.callback(
      ctx.t(p.current ? "reports.resubmit_for" : "reports.submit_for", {
        name: p.obligationName,
        period: keyed(ctx.t, p.label),
      }),
      encodeCallback({ kind: "report_submit", periodId: p.periodId }),
    ),
  ]);
  await ctx.reply(lines.join("\n"), Markup.inlineKeyboard(buttons));
}

export function registerReports(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("reports", async (ctx) => {
    if (!(await authorize(ctx, deps, "reports.view", "/reports"))) return;
    const now = deps.clock();
    await ensureReportPresets(deps.db, {
      blocId: ctx.actor.bloc!.id,
      name: (key) => deps.translator.t(deps.defaultLocale, key),
      calendar: await loadWorkCalendar(deps.db),
      now,
    });
    if (can(ctx.actor, "reports.manage")) await showLeaderOverview(ctx, deps);
    if (can(ctx.actor, "reports.submit")) await showUnitReports(ctx, deps);
  });
}

async function showObligation(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_view"))) return;
  const overview = await getReportsOverview(deps.db, { blocId: ctx.actor.bloc!.id, now: deps.clock() });
  const row = overview.obligations.find((candidate) => candidate.obligation.id === obligationId);
  await ctx.answerCbQuery();
  if (!row) return void (await ctx.reply(ctx.t("reports.error_unknown_obligation")));
  const { settings } = row;
  const escalation =
    settings.escalations.length > 0
      ? settings.escalations.map((e) => ctx.t(`reports.escalation_${e.to}`, { days: e.workingDays })).join("; ")
      : ctx.t("reports.escalation_none");
  const lines = [
    ctx.t("reports.obligation_detail", {
      name: row.obligation.name,
      rule: keyed(ctx.t, row.rule),
      units: row.owing,
      reminders: settings.reminders.join(", "),
      time: settings.reminderTime,
      escalation,
      shift: ctx.t(`reports.shift_${settings.shift}`),
      cutoff: settings.cutoffDay,
      from: settings.cutoffDay + 1,
      state: ctx.t(row.obligation.active ? "reports.state_active" : "reports.state_paused"),
    }),
  ];
  if (row.current) lines.push("", await periodText(ctx, deps, row.current.id));
  const buttons: InlineKeyboardButton[][] = editFields.map((field) => [
    Markup.button.callback(
      ctx.t(`reports.edit_${field}`),
      encodeCallback({ kind: "report_edit", obligationId, field }),
    ),
  ]);
  buttons.push([
    Markup.button.callback(
      ctx.t("reports.shift_button", { shift: ctx.t(`reports.shift_${nextShift[settings.shift]}`) }),
      encodeCallback({ kind: "report_shift", obligationId }),
    ),
  ]);
  buttons.push([
    Markup.button.callback(
      ctx.t(row.obligation.active ? "reports.pause_button" : "reports.resume_button"),
      encodeCallback({ kind: "report_toggle", obligationId }),
    ),
  ]);
  await ctx.reply(lines.join("\n"), Markup.inlineKeyboard(buttons));
}

async function periodText(ctx: BotContext, deps: BotDeps, periodId: string): Promise<string> {
  const status = await getPeriodStatus(deps.db, { blocId: ctx.actor.bloc!.id, periodId, now: deps.clock() });
  const lines = [
    ctx.t("reports.period_title", {
      name: status.obligationName,
      period: keyed(ctx.t, status.label),
      due: vietnamDate(status.period.dueDate),
    }),
  ];
  for (const row of status.rows) {
    lines.push(
      ctx.t(`reports.period_row_${row.status}`, {
        unit: row.unitName,
        time: row.submission ? formatDateTime(row.submission.submittedAt, deps.timeZone) : "",
        receipt: row.submission?.receiptNo ?? "",
        days: row.submission?.lateDays ?? 0,
      }),
    );
  }
  return lines.join("\n");
}

async function showPeriod(ctx: BotContext, deps: BotDeps, periodId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_period"))) return;
  const text = await periodText(ctx, deps, periodId);
  await ctx.answerCbQuery();
  await ctx.reply(text);
}

async function editObligation(
  ctx: BotContext,
  deps: BotDeps,
  obligationId: string,
  field: (typeof editFields)[number],
): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_edit"))) return;
  const row = await findObligation(deps.db, { blocId: ctx.actor.bloc!.id, obligationId });
  await startEditObligation(ctx, deps, obligationId, field, row.settings.recurrence, row.settings.unitIds);
}

async function changeShift(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_shift"))) return;
  const row = await findObligation(deps.db, { blocId: ctx.actor.bloc!.id, obligationId });
  const shift = nextShift[row.settings.shift];
  const { obligation } = await updateObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    obligationId,
    actor: { personId: ctx.actor.person!.id, telegramId: ctx.from!.id },
    change: { shift },
    calendar: await loadWorkCalendar(deps.db),
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("reports.shift_changed", { name: obligation.name, shift: ctx.t(`reports.shift_${shift}`) }));
}

async function toggleObligation(ctx: BotContext, deps: BotDeps, obligationId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_toggle"))) return;
  const row = await findObligation(deps.db, { blocId: ctx.actor.bloc!.id, obligationId });
  const { obligation } = await updateObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    obligationId,
    actor: { personId: ctx.actor.person!.id, telegramId: ctx.from!.id },
    change: { active: !row.obligation.active },
    calendar: await loadWorkCalendar(deps.db),
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t(obligation.active ? "reports.resumed" : "reports.paused", { name: obligation.name }));
}

export type ReportCallback = Extract<CallbackData, { kind: `report_${string}` | "compliance_export" }>;

export function isReportCallback(data: CallbackData): data is ReportCallback {
  return data.kind.startsWith("report_") || data.kind === "compliance_export";
}

// Every reporting button, so the main router needs one line for the whole feature.
export async function handleReportButton(ctx: BotContext, deps: BotDeps, data: ReportCallback): Promise<void> {
  switch (data.kind) {
    case "report_submit":
      return startSubmit(ctx, deps, data.periodId);
    case "report_view":
      return showObligation(ctx, deps, data.obligationId);
    case "report_period":
      return showPeriod(ctx, deps, data.periodId);
    case "report_new":
      return startNewObligation(ctx, deps);
    case "report_recurrence":
      return chooseRecurrence(ctx, deps, data.recurrence);
    case "report_units_all":
      return chooseAllUnits(ctx, deps);
    case "report_unit":
      return toggleReportUnit(ctx, deps, data.unitId);
    case "report_units_done":
      return finishReportUnits(ctx, deps);
    case "report_default_reminders":
      return chooseDefaultReminders(ctx, deps);
    case "report_create":
      return confirmNewObligation(ctx, deps);
    case "report_edit":
      return editObligation(ctx, deps, data.obligationId, data.field);
    case "report_toggle":
      return toggleObligation(ctx, deps, data.obligationId);
    case "report_shift":
      return changeShift(ctx, deps, data.obligationId);
    case "compliance_export":
      return exportCompliance(ctx, deps, Number(data.year));
  }
}
