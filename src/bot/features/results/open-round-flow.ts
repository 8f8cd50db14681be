import { parseDeadline } from "../../../domain/drafts/parse-deadline.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { ReminderTimeSchema } from "../../../domain/reports/event-instants.js";
import { parseEscalationDays, parseReminderDays } from "../../../domain/reports/parse-obligation-input.js";
import { zonedDateOf } from "../../../domain/reports/zoned-time.js";
import { openReviewRound } from "../../../domain/scoring/sheets/open-review-round.js";
import { defaultReviewSchedule } from "../../../domain/scoring/sheets/review-schedule.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import type { WizardState } from "../../create-wizard.js";
import { openRoundView } from "./open-round-view.js";
import { openRoundWizard, type OpenRoundData } from "./results-wizards.js";
import { showRoundStatus } from "./show-round-status.js";

// The unit gets a week after the deadline to explain the review's adjustments.
const week = 7 * 864e5;
const explanationDeadline = (deadline: Date) => new Date(deadline.getTime() + week);
const yearOf = (deps: BotDeps) => Number(zonedDateOf(deps.clock(), deps.timeZone).slice(0, 4));

async function showOpenRound(ctx: BotContext, deps: BotDeps, data: OpenRoundData) {
  const deadline = new Date(data.deadline);
  const view = openRoundView(ctx.t, {
    year: yearOf(deps),
    deadline: formatDateTime(deadline, deps.timeZone),
    explanationDeadline: formatDateTime(explanationDeadline(deadline), deps.timeZone),
    schedule: data.schedule,
  });
  await ctx.reply(view.text, view.keyboard);
}

// /review open <deadline>: the round with the reports' default schedule, to open as it is or to change first.
export async function startOpenRound(ctx: BotContext, deps: BotDeps, deadlineText: string): Promise<void> {
  assertCan(ctx.actor, "review.open");
  const deadline = parseDeadline(deadlineText, { timeZone: deps.timeZone, now: deps.clock() });
  const data: OpenRoundData = { deadline: deadline.toISOString(), schedule: defaultReviewSchedule, field: null };
  await openRoundWizard.start(ctx, deps, "confirm", data);
  await showOpenRound(ctx, deps, data);
}

async function loadOpenRound(ctx: BotContext, deps: BotDeps) {
  const state = await openRoundWizard.load(ctx, deps);
  if (!state) await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
  else await ctx.answerCbQuery();
  return state;
}

export async function confirmOpenRound(ctx: BotContext, deps: BotDeps): Promise<void> {
  const state = await loadOpenRound(ctx, deps);
  if (!state) return;
  const deadline = new Date(state.data.deadline);
  const year = yearOf(deps);
  const opened = await openReviewRound(deps.db, {
    actor: ctx.actor,
    blocId: ctx.actor.bloc?.id ?? "",
    year,
    deadline,
    explanationDeadline: explanationDeadline(deadline),
    schedule: state.data.schedule,
    now: deps.clock(),
  });
  await openRoundWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(ctx.t("sheets.round_opened_reply", { year, sheets: opened.sheets }));
  await showRoundStatus(ctx, deps);
}

const askKey = { reminders: "results.ask_reminders", time: "results.ask_time", escalations: "results.ask_escalations" };

export async function changeOpenRound(ctx: BotContext, deps: BotDeps, field: keyof typeof askKey): Promise<void> {
  const state = await loadOpenRound(ctx, deps);
  if (!state) return;
  await openRoundWizard.save(ctx, deps, "confirm", { ...state.data, field });
  await ctx.reply(ctx.t(askKey[field]));
}

// The typed setting replaces the one asked for; a bad one is answered and asked again.
export async function answerOpenRound(ctx: BotContext, deps: BotDeps, state: WizardState<OpenRoundData>) {
  const text = ctx.message && "text" in ctx.message ? ctx.message.text.trim() : "";
  const { field, schedule } = state.data;
  if (!field) return showOpenRound(ctx, deps, state.data);
  const next = { ...schedule };
  if (field === "reminders") next.reminders = parseReminderDays(text);
  else if (field === "escalations") next.escalations = parseEscalationDays(text);
  else if (ReminderTimeSchema.safeParse(text).success) next.reminderTime = text;
  else throw new DomainError("results.error_bad_time");
  const data = { ...state.data, schedule: next, field: null };
  await openRoundWizard.save(ctx, deps, "confirm", data);
  await showOpenRound(ctx, deps, data);
}
