import { makeConferenceCalendarFile } from "../../../exports/make-conference-calendar-file.js";
import { peopleCount } from "../../views/people-count.js";
import type { Composer } from "telegraf";
import { cancelConference } from "../../../domain/conference/cancel-conference.js";
import { changeConference } from "../../../domain/conference/change-conference.js";
import { conferenceTextLimits } from "../../../domain/conference/conference-schemas.js";
import { parseConferenceTime } from "../../../domain/conference/parse-conference-time.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import * as callbacks from "./conference-callbacks.js";
import { conferencePromptView } from "./conference-prompt-view.js";
import { cancelWizard, editWizard } from "./conference-wizards.js";
import { liveConference, messageText } from "./live-conference.js";

type Field = "time" | "venue";

async function startEdit(ctx: BotContext, deps: BotDeps, conferenceId: string, field: Field) {
  assertCan(ctx.actor, "conference.change");
  const conference = await liveConference(ctx, deps, conferenceId);
  await editWizard.start(ctx, deps, field, { conferenceId, field });
  await ctx.answerCbQuery();
  const current = field === "time" ? formatDateTime(conference.startsAt, deps.timeZone) : conference.venue;
  const view = conferencePromptView(ctx.t, ctx.t(`conference.ask_new_${field}`, { current }));
  await ctx.reply(view.text, view.keyboard);
}

async function handleEditInput(
  ctx: BotContext,
  deps: BotDeps,
  { data }: WizardState<{ conferenceId: string; field: Field }>,
) {
  assertCan(ctx.actor, "conference.change");
  const { conferenceId, field } = data;
  const text = messageText(ctx);
  if (!text || text.length > conferenceTextLimits.venue)
    throw new DomainError("conference.error_too_long", { max: conferenceTextLimits.venue });
  const now = deps.clock();
  const change =
    field === "time" ? { startsAt: parseConferenceTime(text, { timeZone: deps.timeZone, now }) } : { venue: text };
  const { conference, previous, notified, unreachable } = await changeConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    change,
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now,
    calendarFile: (changed) =>
      makeConferenceCalendarFile(changed, { timeZone: deps.timeZone, timeLabel: ctx.t("conference.ics_time_label") }),
  });
  await editWizard.end(ctx, deps);
  deps.outbox.notify();
  const shown = (c: typeof conference) => (field === "time" ? formatDateTime(c.startsAt, deps.timeZone) : c.venue);
  await ctx.reply(
    ctx.t(`conference.changed_${field}`, {
      title: conference.title,
      old: shown(previous),
      new: shown(conference),
      notified: peopleCount(ctx.t, { count: notified, unreachable }),
    }),
  );
}

async function startCancel(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  assertCan(ctx.actor, "conference.cancel");
  const conference = await liveConference(ctx, deps, conferenceId);
  await cancelWizard.start(ctx, deps, "reason", { conferenceId });
  await ctx.answerCbQuery();
  const view = conferencePromptView(ctx.t, ctx.t("conference.ask_cancel_reason", { title: conference.title }));
  await ctx.reply(view.text, view.keyboard);
}

async function handleCancelInput(ctx: BotContext, deps: BotDeps, { data }: WizardState<{ conferenceId: string }>) {
  const { title, notified, unreachable } = await cancelConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId: data.conferenceId,
    reason: messageText(ctx),
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await cancelWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.reply(
    ctx.t("conference.cancelled", { title, notified: peopleCount(ctx.t, { count: notified, unreachable }) }),
  );
}

// A new time or venue, or the cancellation with its reason: each asked for, then told to everyone.
export function registerChangePlanWizards(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, callbacks.editConference, (ctx, data) => startEdit(ctx, deps, data.conferenceId, data.field));
  editWizard.onMessage(feature, deps, (ctx, state) => handleEditInput(ctx, deps, state));
  onButton(feature, callbacks.cancelConference, (ctx, data) => startCancel(ctx, deps, data.conferenceId));
  cancelWizard.onMessage(feature, deps, (ctx, state) => handleCancelInput(ctx, deps, state));
}
