import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { attachMinutes } from "../../domain/conference/attach-minutes.js";
import { cancelConference } from "../../domain/conference/cancel-conference.js";
import { changeConference } from "../../domain/conference/change-conference.js";
import { checkInUnit } from "../../domain/conference/check-in-unit.js";
import {
  conferenceTextLimits,
  ReminderOffsetsSchema,
  ReminderTargetSchema,
  type ReminderTarget,
} from "../../domain/conference/conference-schemas.js";
import { findLiveConference } from "../../domain/conference/find-live-conference.js";
import { getAttendeeListData } from "../../domain/conference/get-attendee-list-data.js";
import { getConferenceOverview } from "../../domain/conference/get-conference-overview.js";
import { listConferenceAnswers } from "../../domain/conference/list-conference-answers.js";
import { parseConferenceReminders } from "../../domain/conference/parse-conference-reminders.js";
import { parseConferenceTime } from "../../domain/conference/parse-conference-time.js";
import { setConferenceReminders } from "../../domain/conference/set-conference-reminders.js";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import type { ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { DomainError } from "../../domain/domain-error.js";
import { maxDraftFileBytes } from "../../domain/drafts/draft-kinds.js";
import { makeAttendeeListFile } from "../../exports/make-attendee-list-file.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { conferenceButtons } from "../conference-buttons.js";
import { attendeeLines, chunkLines, describeOffsets } from "../conference-views.js";
import { cancelRow } from "../draft-views.js";

export const editKind = "conference_edit";
export const cancelKind = "conference_cancel";
export const remindersKind = "conference_reminders";
export const minutesKind = "conference_minutes";

const EditFlowSchema = z.object({ conferenceId: z.string(), field: z.enum(["time", "venue"]) });
const RemindersFlowSchema = z.object({ conferenceId: z.string(), target: ReminderTargetSchema });
const ConferenceRefSchema = z.object({ conferenceId: z.string() });

const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });
const docxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

function messageText(ctx: BotContext): string {
  const message = ctx.message;
  return message && "text" in message ? message.text.trim() : "";
}

// Before asking for input on a conference, make sure it can still take it (an old button on a cancelled one).
async function live(ctx: BotContext, deps: BotDeps, conferenceId: string, allowStarted = false) {
  return findLiveConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    timeZone: deps.timeZone,
    now: deps.clock(),
    allowStarted,
  });
}

export async function exportAttendees(
  ctx: BotContext,
  deps: BotDeps,
  conferenceId: string,
  format: "docx" | "xlsx",
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_export"))) return;
  const data = await getAttendeeListData(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  await ctx.answerCbQuery();
  const file = await makeAttendeeListFile(data, { format, t: ctx.t, timeZone: deps.timeZone, now: deps.clock() });
  await ctx.replyWithDocument(
    { source: file.bytes, filename: file.name },
    {
      caption: ctx.t("conference.export_caption", {
        title: data.conferenceTitle,
        units: data.counts.attendingUnits,
        total: data.counts.units,
        attendees: data.counts.attendees,
      }),
    },
  );
}

export async function showAnswerHistory(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_history"))) return;
  const { conference, answers } = await listConferenceAnswers(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  await ctx.answerCbQuery();
  const { t } = ctx;
  const lines = [t("conference.history_title", { title: conference.title, count: answers.length })];
  for (const entry of answers) {
    lines.push(
      t("conference.history_line", {
        time: formatDateTime(entry.at, deps.timeZone),
        unit: entry.unitName,
        name: entry.personName,
        answer: t(entry.answer === "absent" ? "attendees.answer_absent_reason" : `attendees.answer_${entry.answer}`, {
          reason: entry.reason ?? "",
        }),
      }),
    );
    lines.push(...attendeeLines(t, entry.attendees).map((line) => `    ${line}`));
  }
  if (answers.length === 0) lines.push(t("conference.history_none"));
  for (const chunk of chunkLines(lines)) await ctx.reply(chunk);
}

export async function startEdit(
  ctx: BotContext,
  deps: BotDeps,
  conferenceId: string,
  field: "time" | "venue",
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_edit"))) return;
  const conference = await live(ctx, deps, conferenceId);
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: editKind,
    step: field,
    data: { conferenceId, field },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  const current = field === "time" ? formatDateTime(conference.startsAt, deps.timeZone) : conference.venue;
  await ctx.reply(ctx.t(`conference.ask_new_${field}`, { current }), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

export async function handleEditInput(ctx: BotContext, deps: BotDeps, conversation: ActiveConversation): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "conversation:conference_edit"))) return;
  const { conferenceId, field } = EditFlowSchema.parse(conversation.data);
  const text = messageText(ctx);
  if (!text || text.length > conferenceTextLimits.venue)
    throw new DomainError("conference.error_too_long", { max: conferenceTextLimits.venue });
  const now = deps.clock();
  const change =
    field === "time" ? { startsAt: parseConferenceTime(text, { timeZone: deps.timeZone, now }) } : { venue: text };
  const { conference, previous, notified } = await changeConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    change,
    actor: actorOf(ctx),
    buttons: conferenceButtons,
    timeZone: deps.timeZone,
    now,
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  const shown = (c: typeof conference) => (field === "time" ? formatDateTime(c.startsAt, deps.timeZone) : c.venue);
  await ctx.reply(
    ctx.t(`conference.changed_${field}`, {
      title: conference.title,
      old: shown(previous),
      new: shown(conference),
      notified,
    }),
  );
}

export async function startReminders(
  ctx: BotContext,
  deps: BotDeps,
  conferenceId: string,
  target: ReminderTarget,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_reminders"))) return;
  const conference = await live(ctx, deps, conferenceId);
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: remindersKind,
    step: "offsets",
    data: { conferenceId, target },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  const current = ReminderOffsetsSchema.parse(
    JSON.parse(target === "rsvp" ? conference.rsvpReminders : conference.attendeeReminders),
  );
  await ctx.reply(
    ctx.t(`conference.ask_reminders_${target}`, { current: describeOffsets(ctx.t, current) }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

export async function handleRemindersInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "conversation:conference_reminders"))) return;
  const { conferenceId, target } = RemindersFlowSchema.parse(conversation.data);
  const offsets = parseConferenceReminders(messageText(ctx));
  const { title } = await setConferenceReminders(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    target,
    offsets,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  await ctx.reply(ctx.t(`conference.reminders_set_${target}`, { title, offsets: describeOffsets(ctx.t, offsets) }));
}

export async function startCancel(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_cancel"))) return;
  const conference = await live(ctx, deps, conferenceId);
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: cancelKind,
    step: "reason",
    data: { conferenceId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("conference.ask_cancel_reason", { title: conference.title }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

export async function handleCancelInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "conversation:conference_cancel"))) return;
  const { conferenceId } = ConferenceRefSchema.parse(conversation.data);
  const { title, notified } = await cancelConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    reason: messageText(ctx),
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("conference.cancelled", { title, notified }));
}

// The units as buttons, ✅ with the time for those already present; a tap marks one present.
async function markKeyboard(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  const { conference, rows } = await getConferenceOverview(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  const buttons: InlineKeyboardButton[][] = rows.map((row) => {
    const unit = row.shortName ?? row.unitName;
    const label = row.checkedInAt
      ? ctx.t("conference.mark_done_label", { unit, time: formatDateTime(row.checkedInAt, deps.timeZone).slice(11) })
      : ctx.t(`conference.mark_label_${row.answer}`, { unit });
    return [
      Markup.button.callback(label, encodeCallback({ kind: "conference_mark_unit", conferenceId, unitId: row.unitId })),
    ];
  });
  return { conference, keyboard: Markup.inlineKeyboard(buttons) };
}

export async function showMarkList(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_mark"))) return;
  await live(ctx, deps, conferenceId, true);
  const { conference, keyboard } = await markKeyboard(ctx, deps, conferenceId);
  await ctx.answerCbQuery();
  await ctx.reply(ctx.t("conference.mark_title", { title: conference.title }), keyboard);
}

export async function markUnitPresent(
  ctx: BotContext,
  deps: BotDeps,
  conferenceId: string,
  unitId: string,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_mark_unit"))) return;
  const result = await checkInUnit(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    unitId,
    personId: ctx.actor.person!.id,
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  const { keyboard } = await markKeyboard(ctx, deps, conferenceId);
  await ctx.answerCbQuery();
  // The list under the tapped message shows the unit as present; if it cannot be edited, the reply says it anyway.
  await ctx.editMessageReplyMarkup(keyboard.reply_markup).catch(() => undefined);
  await ctx.reply(
    ctx.t("conference.marked", { unit: result.unitName, time: formatDateTime(result.at, deps.timeZone).slice(11) }),
  );
}

export async function startMinutes(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_minutes"))) return;
  const conference = await live(ctx, deps, conferenceId, true);
  if (conference.startsAt > deps.clock())
    throw new DomainError("conference.error_minutes_early", {
      time: formatDateTime(conference.startsAt, deps.timeZone),
    });
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: minutesKind,
    step: "file",
    data: { conferenceId },
    now: deps.clock(),
  });
  await ctx.answerCbQuery();
  await ctx.reply(
    ctx.t("conference.ask_minutes", { title: conference.title }),
    Markup.inlineKeyboard([cancelRow(ctx.t)]),
  );
}

// The minutes (biên bản) as a .docx or .pdf; Telegram keeps the file, the bot passes its id on.
export async function handleMinutesInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "conversation:conference_minutes"))) return;
  const { conferenceId } = ConferenceRefSchema.parse(conversation.data);
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("conference.error_minutes_need_file");
  const { document } = message;
  const name = document.file_name ?? "";
  const isDocx = /\.docx$/i.test(name) || document.mime_type === docxMime;
  const isPdf = /\.pdf$/i.test(name) || document.mime_type === "application/pdf";
  if (!isDocx && !isPdf) throw new DomainError("conference.error_minutes_type", { name: name || "?" });
  if ((document.file_size ?? 0) > maxDraftFileBytes) throw new DomainError("drafts.error_file_too_big", { max: 20 });
  const { title, recipients } = await attachMinutes(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    file: { fileId: document.file_id, fileName: name || (isDocx ? "bien-ban.docx" : "bien-ban.pdf") },
    actor: actorOf(ctx),
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.reply(ctx.t("conference.minutes_sent", { title, recipients }));
}
