import type { Composer } from "telegraf";
import { recordRefusal } from "../../../domain/audit/record-refusal.js";
import { answerConference } from "../../../domain/conference/answer-conference.js";
import { conferenceTextLimits, type Attendee, type RsvpAnswer } from "../../../domain/conference/conference-schemas.js";
import { findLiveConference } from "../../../domain/conference/find-live-conference.js";
import { parseAttendeeLines } from "../../../domain/conference/parse-attendee-lines.js";
import { resolveAnsweringUnit } from "../../../domain/conference/resolve-answering-unit.js";
import { DomainError, isDomainError } from "../../../domain/domain-error.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale, onButton } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import { answerSummaryView } from "./answer-summary-view.js";
import { answerInvitation, namesLater } from "./conference-callbacks.js";
import { conferencePromptView, namesPromptView } from "./conference-prompt-view.js";
import { rsvpWizard } from "./conference-wizards.js";

// Refusals after which there is nothing more to type, so the flow ends with them.
const closedCodes = new Set([
  "conference.error_cancelled",
  "conference.error_started",
  "conference.error_gone",
  "conference.error_no_unit",
]);

// Members of the bloc may look; only members of a unit answer. The board gets a clear word, not the generic
// refusal (answerConference checks the same rule again before it writes).
export async function assertAnswerer(
  ctx: BotContext,
  deps: BotDeps,
  action: "conference.answer" | "conference.check_in",
) {
  assertCan(ctx.actor, "conference.view");
  if (can(ctx.actor, action)) return;
  const press = ctx.callbackQuery && "data" in ctx.callbackQuery ? ctx.callbackQuery.data : null;
  const via = press ? `button:${press.split(":")[0]}` : "conversation:conference_rsvp";
  await recordRefusal(deps.db, { actor: ctx.actor, action, via, now: deps.clock() });
  throw new DomainError("conference.error_no_unit");
}

// A tap on "Tham dự", "Không tham dự" or "Cử người dự thay" (from the invitation, a reminder, a change notice or
// /conference): checked now, then the names or the reason are asked for.
async function startRsvp(ctx: BotContext, deps: BotDeps, conferenceId: string, answer: RsvpAnswer) {
  await assertAnswerer(ctx, deps, "conference.answer");
  const blocId = ctx.actor.bloc!.id;
  const conference = await findLiveConference(deps.db, {
    blocId,
    conferenceId,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  const unit = await resolveAnsweringUnit(deps.db, { blocId, personId: ctx.actor.person!.id });
  await rsvpWizard.start(ctx, deps, answer === "absent" ? "reason" : "names", { conferenceId, answer });
  await ctx.answerCbQuery();
  const question = ctx.t(`conference.ask_${answer}`, { unit: unit.name, title: conference.title });
  const view = answer === "attending" ? namesPromptView(ctx.t, question) : conferencePromptView(ctx.t, question);
  await ctx.reply(view.text, view.keyboard);
}

async function handleInput(
  ctx: BotContext,
  deps: BotDeps,
  { data }: WizardState<{ conferenceId: string; answer: RsvpAnswer }>,
) {
  await assertAnswerer(ctx, deps, "conference.answer");
  const { answer } = data;
  const message = ctx.message!;
  const text = "text" in message ? message.text : "";
  if (!text.trim())
    throw new DomainError(answer === "absent" ? "conference.error_no_reason" : "conference.error_no_lines");
  // A malformed line is refused with its number and the flow waits for the corrected list; nothing is saved.
  const attendees = answer === "absent" ? [] : parseAttendeeLines(text);
  await record(ctx, deps, data, { attendees, text, namesLater: false });
}

// "Tham dự, gửi tên sau", pressed under the question for the names.
async function answerNamesLater(ctx: BotContext, deps: BotDeps) {
  await assertAnswerer(ctx, deps, "conference.answer");
  const state = await rsvpWizard.load(ctx, deps, ["names"]);
  if (!state || state.data.answer !== "attending") return answerStale(ctx);
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await record(ctx, deps, state.data, { attendees: [], text: "", namesLater: true });
}

async function record(
  ctx: BotContext,
  deps: BotDeps,
  data: { conferenceId: string; answer: RsvpAnswer },
  input: { attendees: Attendee[]; text: string; namesLater: boolean },
) {
  const { conferenceId, answer } = data;
  const { attendees, text } = input;
  const result = await answerConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    personId: ctx.actor.person!.id,
    answer,
    attendees,
    reason: answer === "absent" ? text.slice(0, conferenceTextLimits.reason + 1) : null,
    namesLater: input.namesLater,
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now: deps.clock(),
  }).catch(async (error: unknown) => {
    if (isDomainError(error) && closedCodes.has(error.code)) await rsvpWizard.end(ctx, deps);
    // Typed names or a reason are not "this button".
    if (isDomainError(error) && error.code === "conference.error_cancelled" && !ctx.callbackQuery)
      throw new DomainError("conference.error_cancelled_typed", error.params);
    throw error;
  });
  await rsvpWizard.end(ctx, deps);
  const view = answerSummaryView(ctx.t, {
    unit: result.unitName,
    title: result.conference.title,
    time: formatDateTime(result.conference.startsAt, deps.timeZone),
    answer,
    attendees: result.attendees,
    reason: result.reason,
    previousAnswer: result.previousAnswer,
    namesLater: result.namesLater,
  });
  await ctx.reply(view.text);
}

export function registerRsvpWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, answerInvitation, (ctx, data) => startRsvp(ctx, deps, data.conferenceId, data.answer));
  onButton(feature, namesLater, (ctx) => answerNamesLater(ctx, deps));
  rsvpWizard.onMessage(feature, deps, (ctx, state) => handleInput(ctx, deps, state));
}
