import type { Composer } from "telegraf";
import {
  conferenceOffsetRules,
  ReminderOffsetsSchema,
  type ReminderTarget,
} from "../../../domain/conference/conference-schemas.js";
import { setConferenceReminders } from "../../../domain/conference/set-conference-reminders.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { parseOffsets } from "../../../domain/schedules/parse-offsets.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import { describeOffsets } from "../../views/describe-offsets.js";
import { changeReminders } from "./conference-callbacks.js";
import { conferencePromptView } from "./conference-prompt-view.js";
import { remindersWizard } from "./conference-wizards.js";
import { liveConference, messageText } from "./live-conference.js";

async function startReminders(ctx: BotContext, deps: BotDeps, conferenceId: string, target: ReminderTarget) {
  assertCan(ctx.actor, "conference.remind");
  const conference = await liveConference(ctx, deps, conferenceId);
  await remindersWizard.start(ctx, deps, "offsets", { conferenceId, target });
  await ctx.answerCbQuery();
  const current = ReminderOffsetsSchema.parse(
    JSON.parse(target === "rsvp" ? conference.rsvpReminders : conference.attendeeReminders),
  );
  const view = conferencePromptView(
    ctx.t,
    ctx.t(`conference.ask_reminders_${target}`, { current: describeOffsets(ctx.t, current) }),
  );
  await ctx.reply(view.text, view.keyboard);
}

async function handleInput(
  ctx: BotContext,
  deps: BotDeps,
  { data }: WizardState<{ conferenceId: string; target: ReminderTarget }>,
) {
  assertCan(ctx.actor, "conference.remind");
  const offsets = parseOffsets(messageText(ctx), conferenceOffsetRules);
  const { title } = await setConferenceReminders(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId: data.conferenceId,
    target: data.target,
    offsets,
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await remindersWizard.end(ctx, deps);
  await ctx.reply(
    ctx.t(`conference.reminders_set_${data.target}`, { title, offsets: describeOffsets(ctx.t, offsets) }),
  );
}

// The two reminder schedules (units that have not answered, units that attend), in the shared offset grammar.
export function registerRemindersWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, changeReminders, (ctx, data) => startReminders(ctx, deps, data.conferenceId, data.target));
  remindersWizard.onMessage(feature, deps, (ctx, state) => handleInput(ctx, deps, state));
}
