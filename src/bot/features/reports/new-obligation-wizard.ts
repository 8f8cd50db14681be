import { listUnits } from "../../../domain/blocs/list-units.js";
import { createObligation, defaultEscalations } from "../../../domain/reports/create-obligation.js";
import { describeDueRule, parseDueRuleText, type Recurrence } from "../../../domain/reports/due-rule.js";
import { addDays } from "../../../domain/reports/calendar-date.js";
import { listPeriods } from "../../../domain/reports/list-periods.js";
import { parseReminderDays } from "../../../domain/reports/parse-obligation-input.js";
import { zonedDateOf } from "../../../domain/reports/zoned-time.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import { askRemindersView } from "./ask-reminders-view.js";
import { confirmObligationView } from "./confirm-obligation-view.js";
import { loadReportCalendar } from "./load-report-calendar.js";
import { recurrenceView } from "./recurrence-view.js";
import { reportPromptView } from "./report-prompt-view.js";
import { newObligationWizard, type NewObligationFlow } from "./reports-wizards.js";
import { askUnits } from "./unit-picker.js";

const defaultReminderDays = [3, 1, 0];

export async function startNewObligation(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  await newObligationWizard.start(ctx, deps, "name", {});
  await ctx.answerCbQuery();
  const view = reportPromptView(ctx.t, { key: "reports.ask_name" });
  await ctx.reply(view.text, view.keyboard);
}

// The wizard's data when one of its buttons is pressed at one of `steps`; an old button is answered as stale.
async function loadFlow(ctx: BotContext, deps: BotDeps, steps: string[]): Promise<NewObligationFlow | null> {
  assertCan(ctx.actor, "reports.manage");
  const state = await newObligationWizard.load(ctx, deps, steps);
  if (!state) await answerStale(ctx);
  return state?.data ?? null;
}

export async function chooseRecurrence(ctx: BotContext, deps: BotDeps, recurrence: Recurrence): Promise<void> {
  const data = await loadFlow(ctx, deps, ["recurrence"]);
  if (!data) return;
  await newObligationWizard.save(ctx, deps, "due", { ...data, recurrence });
  await ctx.answerCbQuery();
  const view = reportPromptView(ctx.t, { key: `reports.ask_due_${recurrence}` });
  await ctx.editMessageText(view.text, view.keyboard);
}

// After the units: the reminder days.
export async function askReminders(ctx: BotContext, deps: BotDeps, data: NewObligationFlow): Promise<void> {
  await newObligationWizard.save(ctx, deps, "reminders", { ...data, unitIds: data.unitIds ?? null });
  const view = askRemindersView(ctx.t);
  await ctx.reply(view.text, view.keyboard);
}

export async function chooseDefaultReminders(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await loadFlow(ctx, deps, ["reminders"]);
  if (!data) return;
  await ctx.answerCbQuery();
  await askConfirm(ctx, deps, { ...data, reminders: defaultReminderDays });
}

async function askConfirm(ctx: BotContext, deps: BotDeps, flow: NewObligationFlow) {
  await newObligationWizard.save(ctx, deps, "confirm", flow);
  const calendar = await loadReportCalendar(deps);
  const today = zonedDateOf(deps.clock(), deps.timeZone);
  const upcoming = listPeriods({
    recurrence: flow.recurrence!,
    dueRule: flow.dueRule!,
    cutoffDay: 14,
    shift: "previous",
    calendar,
    from: today,
    to: addDays(today, 400),
  }).slice(0, 3);
  const units = flow.unitIds ? flow.unitIds.length : (await listUnits(deps.db, { blocId: ctx.actor.bloc!.id })).length;
  const view = confirmObligationView(ctx.t, {
    name: flow.name!,
    rule: describeDueRule(flow.dueRule!, flow.recurrence!),
    units,
    reminders: flow.reminders!,
    escalations: defaultEscalations,
    upcoming: upcoming.map((p) => p.dueDate),
  });
  await ctx.reply(view.text, view.keyboard);
}

export async function confirmNewObligation(ctx: BotContext, deps: BotDeps): Promise<void> {
  const flow = await loadFlow(ctx, deps, ["confirm"]);
  if (!flow) return;
  const { obligation, periods } = await createObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    actor: ctx.actor,
    obligation: {
      name: flow.name!,
      recurrence: flow.recurrence!,
      dueRule: flow.dueRule!,
      unitIds: flow.unitIds ?? null,
      reminders: flow.reminders!,
    },
    calendar: await loadReportCalendar(deps),
    now: deps.clock(),
  });
  await newObligationWizard.end(ctx, deps);
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("reports.created", { name: obligation.name, periods }));
}

// The steps answered by a message: the name, the due rule, the reminder days.
export async function handleNewObligationInput(
  ctx: BotContext,
  deps: BotDeps,
  { step, data }: WizardState<NewObligationFlow>,
): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : "";
  if (step === "name") {
    if (!text || text.length > 200) return void (await ctx.reply(ctx.t("reports.error_bad_name")));
    await newObligationWizard.save(ctx, deps, "recurrence", { ...data, name: text });
    const view = recurrenceView(ctx.t);
    return void (await ctx.reply(view.text, view.keyboard));
  }
  if (step === "due") {
    const dueRule = parseDueRuleText(text, data.recurrence!);
    await newObligationWizard.save(ctx, deps, "units", { ...data, dueRule, unitIds: null });
    return askUnits(ctx, deps, null);
  }
  if (step === "reminders") return askConfirm(ctx, deps, { ...data, reminders: parseReminderDays(text) });
  await ctx.reply(ctx.t("announce.use_buttons"));
}
