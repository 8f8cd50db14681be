import type { Recurrence } from "../../../domain/reports/due-rule.js";
import { parseDueRuleText } from "../../../domain/reports/due-rule.js";
import { DomainError } from "../../../domain/domain-error.js";
import { findObligation } from "../../../domain/reports/find-obligation.js";
import {
  parseCutoffDay,
  parseEscalationDays,
  parseReminderDays,
} from "../../../domain/reports/parse-obligation-input.js";
import { updateObligation, type ObligationChange } from "../../../domain/reports/update-obligation.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { loadReportCalendar } from "./load-report-calendar.js";
import { obligationChangedView } from "./obligation-changed-view.js";
import { reportPromptView } from "./report-prompt-view.js";
import type { ReportField } from "./reports-callbacks.js";
import { editObligationWizard, type EditObligationFlow } from "./reports-wizards.js";
import { askUnits } from "./unit-picker.js";

const dueKey = (recurrence: Recurrence) => `reports.ask_due_${recurrence}`;

// Editing one field: a text for name, due rule, reminders, escalation and cut-off; the unit picker for units.
export async function startEditObligation(
  ctx: BotContext,
  deps: BotDeps,
  obligationId: string,
  field: ReportField,
): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  const { settings } = await findObligation(deps.db, { blocId: ctx.actor.bloc!.id, obligationId });
  const { recurrence, unitIds } = settings;
  const step = field === "units" ? "units" : "text";
  await editObligationWizard.start(ctx, deps, step, { obligationId, field, recurrence, unitIds });
  await ctx.answerCbQuery();
  if (field === "units") return askUnits(ctx, deps, unitIds);
  const view = reportPromptView(ctx.t, { key: field === "due" ? dueKey(recurrence) : `reports.ask_edit_${field}` });
  await ctx.reply(view.text, view.keyboard);
}

function parseChange(flow: EditObligationFlow, text: string): ObligationChange {
  switch (flow.field) {
    case "name":
      if (!text || text.length > 200) throw new DomainError("reports.error_bad_name");
      return { name: text };
    case "due":
      return { dueRule: parseDueRuleText(text, flow.recurrence) };
    case "reminders":
      return { reminders: parseReminderDays(text) };
    case "cutoff":
      return { cutoffDay: parseCutoffDay(text) };
    default:
      return { escalations: parseEscalationDays(text) };
  }
}

export async function handleEditObligationInput(
  ctx: BotContext,
  deps: BotDeps,
  { step, data }: WizardState<EditObligationFlow>,
): Promise<void> {
  assertCan(ctx.actor, "reports.manage");
  if (step !== "text") return void (await ctx.reply(ctx.t("announce.use_buttons")));
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : "";
  await applyEdit(ctx, deps, data, parseChange(data, text));
}

export async function applyEdit(
  ctx: BotContext,
  deps: BotDeps,
  flow: EditObligationFlow,
  change: ObligationChange,
): Promise<void> {
  const { obligation, created, updated } = await updateObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    obligationId: flow.obligationId,
    actor: ctx.actor,
    change,
    calendar: await loadReportCalendar(deps),
    now: deps.clock(),
  });
  await editObligationWizard.end(ctx, deps);
  const view = obligationChangedView(ctx.t, {
    obligationId: obligation.id,
    name: obligation.name,
    periods: created + updated,
  });
  await ctx.reply(view.text, view.keyboard);
}
