import { Markup } from "telegraf";
import { z } from "zod";
import { recordRefusal } from "../../domain/audit/record-refusal.js";
import { answerConference } from "../../domain/conference/answer-conference.js";
import { checkInUnit } from "../../domain/conference/check-in-unit.js";
import { conferenceTextLimits, RsvpAnswerSchema, type RsvpAnswer } from "../../domain/conference/conference-schemas.js";
import { findConference } from "../../domain/conference/find-conference.js";
import { findLiveConference } from "../../domain/conference/find-live-conference.js";
import { parseAttendeeLines } from "../../domain/conference/parse-attendee-lines.js";
import { resolveAnsweringUnit } from "../../domain/conference/resolve-answering-unit.js";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import type { ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { DomainError, isDomainError } from "../../domain/domain-error.js";
import { can } from "../../domain/policy/policy.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { answerSummary } from "../conference-views.js";
import { cancelRow } from "../draft-views.js";

export const rsvpKind = "conference_rsvp";

const closedCodes = new Set([
  "conference.error_cancelled",
  "conference.error_started",
  "conference.error_gone",
  "conference.error_no_unit",
]);
const RsvpFlowSchema = z.object({ conferenceId: z.string(), answer: RsvpAnswerSchema });
const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });

// Members of the bloc may look; only members of a unit answer. The board gets a clear word, not a generic refusal.
async function mayAnswer(ctx: BotContext, deps: BotDeps, via: string): Promise<boolean> {
  if (!(await authorize(ctx, deps, "conference.view", via))) return false;
  if (can(ctx.actor, "conference.answer")) return true;
  await recordRefusal(deps.db, { actor: ctx.actor, action: "conference.answer", via, now: deps.clock() });
  throw new DomainError("conference.error_no_unit");
}

// A tap on "Tham dự", "Không tham dự" or "Cử người dự thay" (from the invitation, a reminder, a change notice or
// /conference): checked now, then the names or the reason are asked for.
export async function startRsvp(
  ctx: BotContext,
  deps: BotDeps,
  conferenceId: string,
  answer: RsvpAnswer,
): Promise<void> {
  if (!(await mayAnswer(ctx, deps, "button:conference_rsvp"))) return;
  const blocId = ctx.actor.bloc!.id;
  const conference = await findLiveConference(deps.db, {
    blocId,
    conferenceId,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  const unit = await resolveAnsweringUnit(deps.db, { blocId, personId: ctx.actor.person!.id });
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: rsvpKind,
    step: answer === "absent" ? "reason" : "names",
    data: { conferenceId, answer },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t(`conference.ask_${answer}`, { unit: unit.name, title: conference.title }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

export async function handleRsvpInput(ctx: BotContext, deps: BotDeps, conversation: ActiveConversation): Promise<void> {
  if (!(await mayAnswer(ctx, deps, "conversation:conference_rsvp"))) return;
  const { conferenceId, answer } = RsvpFlowSchema.parse(conversation.data);
  const message = ctx.message!;
  const text = "text" in message ? message.text : "";
  if (!text.trim())
    throw new DomainError(answer === "absent" ? "conference.error_no_reason" : "conference.error_no_lines");
  // A malformed line is refused with its number and the flow waits for the corrected list; nothing is saved.
  const attendees = answer === "absent" ? [] : parseAttendeeLines(text);
  const result = await answerConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    personId: ctx.actor.person!.id,
    answer,
    attendees,
    reason: answer === "absent" ? text.slice(0, conferenceTextLimits.reason + 1) : null,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  }).catch(async (error: unknown) => {
    // Cancelled or started meanwhile: nothing more to type, so the flow ends with the refusal.
    if (isDomainError(error) && closedCodes.has(error.code))
      await endConversation(deps.db, { personId: ctx.actor.person!.id });
    throw error;
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  const summary = answerSummary(ctx.t, {
    unit: result.unitName,
    title: result.conference.title,
    time: formatDateTime(result.conference.startsAt, deps.timeZone),
    answer,
    attendees: result.attendees,
    reason: result.reason,
  });
  const replaced = result.previousAnswer
    ? `\n${ctx.t("conference.answer_replaced", { previous: ctx.t(`attendees.answer_${result.previousAnswer}`) })}`
    : "";
  await ctx.reply(`${summary}${replaced}`);
}

// "📍 Đã có mặt": the first tap for a unit is kept with its time.
export async function checkInSelf(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await mayAnswer(ctx, deps, "button:conference_check_in"))) return;
  const result = await checkInUnit(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("conference.checked_in", {
      unit: result.unitName,
      title: result.title,
      time: formatDateTime(result.at, deps.timeZone),
    }),
  );
}

// The minutes again, for whoever asks in /conference.
export async function sendMinutesCopy(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.view", "button:conference_minutes_get"))) return;
  const conference = await findConference(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  if (!conference.minutesFileId) throw new DomainError("conference.error_no_minutes");
  await ctx.answerCbQuery();
  await ctx.replyWithDocument(conference.minutesFileId, {
    caption: ctx.t("conference.minutes_caption", {
      title: conference.title,
      time: formatDateTime(conference.startsAt, deps.timeZone),
    }),
  });
}
