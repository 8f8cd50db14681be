import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { listUnits } from "../../domain/blocs/list-units.js";
import { createObligation } from "../../domain/reports/create-obligation.js";
import {
  DueRuleSchema,
  describeDueRule,
  parseDueRuleText,
  RecurrenceSchema,
  type Recurrence,
} from "../../domain/reports/due-rule.js";
import { listPeriods } from "../../domain/reports/list-periods.js";
import { loadWorkCalendar } from "../../domain/reports/load-work-calendar.js";
import { parseCutoffDay, parseEscalationDays, parseReminderDays } from "../../domain/reports/parse-obligation-input.js";
import { vietnamDateOf } from "../../domain/reports/vietnam-time.js";
import { addDays } from "../../domain/reports/calendar-date.js";
import { updateObligation } from "../../domain/reports/update-obligation.js";
import { DomainError } from "../../domain/domain-error.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback, type ReportFieldSchema } from "../callback-data.js";
import { cancelRow } from "../draft-views.js";
import { keyed, vietnamDate } from "../report-views.js";

export const reportNewKind = "report_new";
export const reportEditKind = "report_edit";

const recurrences = RecurrenceSchema.options;
const NewFlowSchema = z.object({
  name: z.string().optional(),
  recurrence: RecurrenceSchema.optional(),
  dueRule: DueRuleSchema.optional(),
  unitIds: z.array(z.string()).nullable().optional(),
  reminders: z.array(z.number()).optional(),
});
type NewFlow = z.infer<typeof NewFlowSchema>;
const EditFlowSchema = z.object({
  obligationId: z.string(),
  field: z.enum(["name", "due", "reminders", "escalations", "units", "cutoff"]),
  recurrence: RecurrenceSchema,
  unitIds: z.array(z.string()).nullable().optional(),
});

const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });
const save = (ctx: BotContext, deps: BotDeps, step: string, data: Record<string, unknown>) =>
  updateConversation(deps.db, { personId: ctx.actor.person!.id, step, data, now: deps.clock() });

export async function startNewObligation(ctx: BotContext, deps: BotDeps): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_new"))) return;
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: reportNewKind,
    step: "name",
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("reports.ask_name"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

async function flowOf(
  ctx: BotContext,
  deps: BotDeps,
  kinds: string[],
  steps: string[],
): Promise<ActiveConversation | null> {
  if (!(await authorize(ctx, deps, "reports.manage", "button:report_setup"))) return null;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || !kinds.includes(conversation.kind) || !steps.includes(conversation.step)) {
    await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
    return null;
  }
  return conversation;
}

function dueExamples(ctx: BotContext, recurrence: Recurrence): string {
  return ctx.t(`reports.ask_due_${recurrence}`);
}

export async function chooseRecurrence(ctx: BotContext, deps: BotDeps, recurrence: Recurrence): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind], ["recurrence"]);
  if (!conversation) return;
  await save(ctx, deps, "due", { ...NewFlowSchema.parse(conversation.data), recurrence });
  await ctx.answerCbQuery();
  await ctx.editMessageText(dueExamples(ctx, recurrence), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

async function unitKeyboard(ctx: BotContext, deps: BotDeps, selected: string[] | null) {
  const units = await listUnits(deps.db, { blocId: ctx.actor.bloc!.id });
  const rows: InlineKeyboardButton[][] = [
    [
      Markup.button.callback(
        ctx.t(selected === null ? "reports.units_all_selected" : "reports.units_all"),
        encodeCallback({ kind: "report_units_all" }),
      ),
    ],
  ];
  for (const unit of units) {
    const on = selected !== null && selected.includes(unit.id);
    rows.push([
      Markup.button.callback(
        `${on ? "☑️" : "⬜"} ${unit.shortName ?? unit.name}`,
        encodeCallback({ kind: "report_unit", unitId: unit.id }),
      ),
    ]);
  }
  rows.push(
    [Markup.button.callback(ctx.t("reports.units_done"), encodeCallback({ kind: "report_units_done" }))],
    cancelRow(ctx.t),
  );
  return Markup.inlineKeyboard(rows);
}

async function askUnits(ctx: BotContext, deps: BotDeps, selected: string[] | null) {
  await ctx.reply(ctx.t("reports.ask_units"), await unitKeyboard(ctx, deps, selected));
}

export async function chooseAllUnits(ctx: BotContext, deps: BotDeps): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind, reportEditKind], ["units"]);
  if (!conversation) return;
  await save(ctx, deps, "units", { ...(conversation.data as object), unitIds: null });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup((await unitKeyboard(ctx, deps, null)).reply_markup);
}

export async function toggleReportUnit(ctx: BotContext, deps: BotDeps, unitId: string): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind, reportEditKind], ["units"]);
  if (!conversation) return;
  const data = conversation.data as { unitIds?: string[] | null };
  const current = data.unitIds ?? [];
  const unitIds = current.includes(unitId) ? current.filter((id) => id !== unitId) : [...current, unitId];
  await save(ctx, deps, "units", { ...data, unitIds });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup((await unitKeyboard(ctx, deps, unitIds)).reply_markup);
}

export async function finishReportUnits(ctx: BotContext, deps: BotDeps): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind, reportEditKind], ["units"]);
  if (!conversation) return;
  const data = conversation.data as { unitIds?: string[] | null };
  if (Array.isArray(data.unitIds) && data.unitIds.length === 0)
    return void (await ctx.answerCbQuery(ctx.t("reports.error_no_units"), { show_alert: true }));
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined);
  if (conversation.kind === reportEditKind)
    return applyEdit(ctx, deps, EditFlowSchema.parse(conversation.data), { unitIds: data.unitIds ?? null });
  const flow = NewFlowSchema.parse(conversation.data);
  await save(ctx, deps, "reminders", { ...flow, unitIds: flow.unitIds ?? null });
  await ctx.reply(
    ctx.t("reports.ask_reminders"),
    Markup.inlineKeyboard([
      [
        Markup.button.callback(
          ctx.t("reports.default_reminders"),
          encodeCallback({ kind: "report_default_reminders" }),
        ),
      ],
      cancelRow(ctx.t),
    ]),
  );
}

export async function chooseDefaultReminders(ctx: BotContext, deps: BotDeps): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind], ["reminders"]);
  if (!conversation) return;
  await ctx.answerCbQuery();
  await askConfirm(ctx, deps, { ...NewFlowSchema.parse(conversation.data), reminders: [3, 1, 0] });
}

async function askConfirm(ctx: BotContext, deps: BotDeps, flow: NewFlow) {
  await save(ctx, deps, "confirm", flow);
  const calendar = await loadWorkCalendar(deps.db);
  const today = vietnamDateOf(deps.clock());
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
  await ctx.reply(
    ctx.t("reports.confirm_new", {
      name: flow.name!,
      rule: keyed(ctx.t, describeDueRule(flow.dueRule!, flow.recurrence!)),
      units,
      reminders: flow.reminders!.join(", "),
      upcoming: upcoming.map((p) => vietnamDate(p.dueDate)).join(", ") || "—",
    }),
    Markup.inlineKeyboard([
      [Markup.button.callback(ctx.t("reports.create_button"), encodeCallback({ kind: "report_create" }))],
      cancelRow(ctx.t),
    ]),
  );
}

export async function confirmNewObligation(ctx: BotContext, deps: BotDeps): Promise<void> {
  const conversation = await flowOf(ctx, deps, [reportNewKind], ["confirm"]);
  if (!conversation) return;
  const flow = NewFlowSchema.parse(conversation.data);
  const { obligation, periods } = await createObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    actor: actorOf(ctx),
    obligation: {
      name: flow.name!,
      recurrence: flow.recurrence!,
      dueRule: flow.dueRule!,
      unitIds: flow.unitIds ?? null,
      reminders: flow.reminders!,
    },
    calendar: await loadWorkCalendar(deps.db),
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("reports.created", { name: obligation.name, periods }));
}

export async function handleNewObligationInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "conversation:report_new"))) return;
  const flow = NewFlowSchema.parse(conversation.data);
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : "";
  switch (conversation.step) {
    case "name":
      if (!text || text.length > 200) return void (await ctx.reply(ctx.t("reports.error_bad_name")));
      await save(ctx, deps, "recurrence", { ...flow, name: text });
      await ctx.reply(
        ctx.t("reports.ask_recurrence"),
        Markup.inlineKeyboard([
          ...recurrences.map((r) => [
            Markup.button.callback(
              ctx.t(`reports.recurrence_${r}`),
              encodeCallback({ kind: "report_recurrence", recurrence: r }),
            ),
          ]),
          cancelRow(ctx.t),
        ]),
      );
      return;
    case "due": {
      const dueRule = parseDueRuleText(text, flow.recurrence!);
      await save(ctx, deps, "units", { ...flow, dueRule, unitIds: null });
      return askUnits(ctx, deps, null);
    }
    case "reminders":
      return askConfirm(ctx, deps, { ...flow, reminders: parseReminderDays(text) });
    default:
      await ctx.reply(ctx.t("announce.use_buttons"));
  }
}

// Editing one field: a text for name, due rule, reminders and escalation; the unit picker for units.
export async function startEditObligation(
  ctx: BotContext,
  deps: BotDeps,
  obligationId: string,
  field: z.infer<typeof ReportFieldSchema>,
  recurrence: Recurrence,
  unitIds: string[] | null,
): Promise<void> {
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: reportEditKind,
    step: field === "units" ? "units" : "text",
    data: { obligationId, field, recurrence, unitIds },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  if (field === "units") return askUnits(ctx, deps, unitIds);
  const prompt = field === "due" ? dueExamples(ctx, recurrence) : ctx.t(`reports.ask_edit_${field}`);
  await ctx.reply(prompt, Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleEditObligationInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "reports.manage", "conversation:report_edit"))) return;
  const flow = EditFlowSchema.parse(conversation.data);
  const message = ctx.message!;
  const text = "text" in message ? message.text.trim() : "";
  if (conversation.step !== "text") return void (await ctx.reply(ctx.t("announce.use_buttons")));
  if (flow.field === "name") {
    if (!text || text.length > 200) throw new DomainError("reports.error_bad_name");
    return applyEdit(ctx, deps, flow, { name: text });
  }
  if (flow.field === "due") return applyEdit(ctx, deps, flow, { dueRule: parseDueRuleText(text, flow.recurrence) });
  if (flow.field === "reminders") return applyEdit(ctx, deps, flow, { reminders: parseReminderDays(text) });
  if (flow.field === "cutoff") return applyEdit(ctx, deps, flow, { cutoffDay: parseCutoffDay(text) });
  return applyEdit(ctx, deps, flow, { escalations: parseEscalationDays(text) });
}

async function applyEdit(
  ctx: BotContext,
  deps: BotDeps,
  flow: z.infer<typeof EditFlowSchema>,
  change: Parameters<typeof updateObligation>[1]["change"],
) {
  const { obligation, created, updated } = await updateObligation(deps.db, {
    blocId: ctx.actor.bloc!.id,
    obligationId: flow.obligationId,
    actor: actorOf(ctx),
    change,
    calendar: await loadWorkCalendar(deps.db),
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.reply(
    ctx.t("reports.changed", { name: obligation.name, periods: created + updated }),
    Markup.inlineKeyboard([
      [
        Markup.button.callback(
          ctx.t("reports.back_to_obligation"),
          encodeCallback({ kind: "report_view", obligationId: obligation.id }),
        ),
      ],
    ]),
  );
}
