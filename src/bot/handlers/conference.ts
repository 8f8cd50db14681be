import { Markup, type Telegraf } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { z } from "zod";
import { listBlocPeople } from "../../domain/blocs/list-bloc-people.js";
import { listUnits } from "../../domain/blocs/list-units.js";
import { checkInWindow } from "../../domain/conference/check-in-window.js";
import { conferenceTextLimits, ReminderOffsetsSchema } from "../../domain/conference/conference-schemas.js";
import { createConference } from "../../domain/conference/create-conference.js";
import { findCurrentConference } from "../../domain/conference/find-current-conference.js";
import { getConferenceOverview } from "../../domain/conference/get-conference-overview.js";
import { parseConferenceTime } from "../../domain/conference/parse-conference-time.js";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import { startConversation } from "../../domain/conversations/start-conversation.js";
import { updateConversation } from "../../domain/conversations/update-conversation.js";
import { DomainError } from "../../domain/domain-error.js";
import { can } from "../../domain/policy/policy.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { authorize } from "../authorize.js";
import { encodeCallback } from "../callback-data.js";
import { conferenceButtons } from "../conference-buttons.js";
import { chunkLines, describeOffsets, detailLines, rsvpKeyboardRows, unitRowLines } from "../conference-views.js";
import { cancelRow } from "../draft-views.js";

export const conferenceKind = "conference";

const WizardSchema = z.object({
  title: z.string().optional(),
  startsAt: z.string().optional(),
  venue: z.string().optional(),
  agenda: z.string().optional(),
  chair: z.string().optional(),
});
type Wizard = z.infer<typeof WizardSchema>;

const actorOf = (ctx: BotContext) => ({ personId: ctx.actor.person!.id, telegramId: ctx.from!.id });
const button = (text: string, data: Parameters<typeof encodeCallback>[0]) =>
  Markup.button.callback(text, encodeCallback(data));

export function registerConference(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.command("conference", async (ctx) => {
    if (!(await authorize(ctx, deps, "conference.view", "/conference"))) return;
    const current = await findCurrentConference(deps.db, { blocId: ctx.actor.bloc!.id, now: deps.clock() });
    if (current) return sendConferenceView(ctx, deps, current.id);
    if (!can(ctx.actor, "conference.manage")) return void (await ctx.reply(ctx.t("conference.none")));
    await startWizard(ctx, deps);
  });
}

// The conference as the reader may see it: leaders get every unit and the tools, unit members their own unit's
// answer with the answer buttons (and "Đã có mặt" on the day).
export async function sendConferenceView(ctx: BotContext, deps: BotDeps, conferenceId: string): Promise<void> {
  const { t } = ctx;
  const now = deps.clock();
  const overview = await getConferenceOverview(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  const { conference, rows, counts } = overview;
  const started = conference.startsAt <= now;
  const window = checkInWindow(conference.startsAt, deps.timeZone);
  const checkInOpen = now >= window.opensAt && now <= window.closesAt;
  const manage = can(ctx.actor, "conference.manage");
  const mine = ctx.actor.unit ? rows.find((row) => row.unitId === ctx.actor.unit!.id) : undefined;
  const lines = [
    t(started ? "conference.view_title_started" : "conference.view_title", { title: conference.title }),
    ...detailLines(t, conference, deps.timeZone),
  ];
  if (conference.minutesFileName && conference.minutesAt)
    lines.push(
      t("conference.view_minutes", {
        name: conference.minutesFileName,
        time: formatDateTime(conference.minutesAt, deps.timeZone),
      }),
    );
  lines.push(
    "",
    t("conference.view_counts", {
      answered: counts.answered,
      units: counts.units,
      attending: counts.attendingUnits,
      attendees: counts.attendees,
      present: counts.checkedIn,
    }),
  );
  if (manage) {
    lines.push("");
    for (const row of rows) lines.push(...unitRowLines(t, row, deps.timeZone));
    // A leader-unit member also answers for their own unit: say whose answer the three buttons give.
    if (mine && !started) lines.push("", t("conference.view_answer_for", { unit: mine.unitName }));
  } else if (mine) {
    lines.push("", t("conference.view_your_unit"), ...unitRowLines(t, mine, deps.timeZone));
  }
  const buttons: InlineKeyboardButton[][] = [];
  if (mine && !started) buttons.push(...rsvpKeyboardRows(t, conference.id));
  if (mine && checkInOpen && !mine.checkedInAt && (mine.answer === "attending" || mine.answer === "deputy")) {
    buttons.push([
      button(t("conference.check_in_button"), { kind: "conference_check_in", conferenceId: conference.id }),
    ]);
  }
  if (conference.minutesFileId)
    buttons.push([
      button(t("conference.minutes_get_button"), { kind: "conference_minutes_get", conferenceId: conference.id }),
    ]);
  if (manage) buttons.push(...managerButtons(ctx, conference, { started, checkInOpen }));
  const chunks = chunkLines(lines);
  for (const [i, chunk] of chunks.entries()) {
    await ctx.reply(chunk, i === chunks.length - 1 && buttons.length > 0 ? Markup.inlineKeyboard(buttons) : undefined);
  }
}

function managerButtons(
  ctx: BotContext,
  conference: { id: string; rsvpReminders: string; attendeeReminders: string; minutesFileId: string | null },
  state: { started: boolean; checkInOpen: boolean },
) {
  const { t } = ctx;
  const conferenceId = conference.id;
  const rows: InlineKeyboardButton[][] = [
    [
      button(t("conference.export_xlsx_button"), { kind: "conference_export", conferenceId, format: "xlsx" }),
      button(t("conference.export_docx_button"), { kind: "conference_export", conferenceId, format: "docx" }),
    ],
  ];
  if (state.checkInOpen) rows.push([button(t("conference.mark_button"), { kind: "conference_mark", conferenceId })]);
  rows.push([button(t("conference.history_button"), { kind: "conference_history", conferenceId })]);
  if (!state.started) {
    const rsvp = ReminderOffsetsSchema.parse(JSON.parse(conference.rsvpReminders));
    const attendee = ReminderOffsetsSchema.parse(JSON.parse(conference.attendeeReminders));
    rows.push(
      [
        button(t("conference.edit_time_button"), { kind: "conference_edit", conferenceId, field: "time" }),
        button(t("conference.edit_venue_button"), { kind: "conference_edit", conferenceId, field: "venue" }),
      ],
      [
        button(t("conference.reminders_rsvp_button", { offsets: describeOffsets(t, rsvp) }), {
          kind: "conference_reminders",
          conferenceId,
          target: "rsvp",
        }),
      ],
      [
        button(t("conference.reminders_attendee_button", { offsets: describeOffsets(t, attendee) }), {
          kind: "conference_reminders",
          conferenceId,
          target: "attendee",
        }),
      ],
      [button(t("conference.cancel_button"), { kind: "conference_cancel", conferenceId })],
    );
  } else {
    rows.push(
      [
        button(t(conference.minutesFileId ? "conference.minutes_replace_button" : "conference.minutes_button"), {
          kind: "conference_minutes",
          conferenceId,
        }),
      ],
      [button(t("conference.new_button"), { kind: "conference_new" })],
    );
  }
  return rows;
}

async function startWizard(ctx: BotContext, deps: BotDeps): Promise<void> {
  await startConversation(deps.db, {
    personId: ctx.actor.person!.id,
    kind: conferenceKind,
    step: "title",
    now: deps.clock(),
  });
  await ctx.reply(ctx.t("conference.ask_title"), Markup.inlineKeyboard([cancelRow(ctx.t)]));
}

// "➕ Hội nghị mới" once the current conference has taken place.
export async function startNewConference(ctx: BotContext, deps: BotDeps): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference_new"))) return;
  await ctx.answerCbQuery();
  await startWizard(ctx, deps);
}

async function save(ctx: BotContext, deps: BotDeps, step: string, data: Wizard): Promise<void> {
  await updateConversation(deps.db, { personId: ctx.actor.person!.id, step, data, now: deps.clock() });
}

const skipRow = (ctx: BotContext, step: "agenda" | "chair") => [
  button(ctx.t("conference.skip_button"), { kind: "conference_skip", step }),
];

async function askNext(ctx: BotContext, deps: BotDeps, step: string, data: Wizard): Promise<void> {
  await save(ctx, deps, step, data);
  if (step === "agenda" || step === "chair")
    return void (await ctx.reply(
      ctx.t(`conference.ask_${step}`),
      Markup.inlineKeyboard([skipRow(ctx, step), cancelRow(ctx.t)]),
    ));
  if (step !== "confirm")
    return void (await ctx.reply(ctx.t(`conference.ask_${step}`), Markup.inlineKeyboard([cancelRow(ctx.t)])));
  const blocId = ctx.actor.bloc!.id;
  const [people, units] = await Promise.all([listBlocPeople(deps.db, { blocId }), listUnits(deps.db, { blocId })]);
  const plan = {
    startsAt: new Date(data.startsAt!),
    venue: data.venue!,
    agenda: data.agenda ?? "",
    chair: data.chair ?? "",
  };
  await ctx.reply(
    ctx.t("conference.preview", {
      title: data.title!,
      details: detailLines(ctx.t, plan, deps.timeZone).join("\n"),
      people: people.length,
      units: units.length,
    }),
    Markup.inlineKeyboard([[button(ctx.t("conference.send_button"), { kind: "conference_create" })], cancelRow(ctx.t)]),
  );
}

function readText(ctx: BotContext, max: number): string {
  const message = ctx.message;
  const text = message && "text" in message ? message.text.trim() : "";
  if (!text || text.length > max) throw new DomainError("conference.error_too_long", { max });
  return text;
}

export async function handleConferenceInput(
  ctx: BotContext,
  deps: BotDeps,
  conversation: ActiveConversation,
): Promise<void> {
  if (!(await authorize(ctx, deps, "conference.manage", "conversation:conference"))) return;
  const data = WizardSchema.parse(conversation.data);
  switch (conversation.step) {
    case "title":
      return askNext(ctx, deps, "time", { ...data, title: readText(ctx, conferenceTextLimits.title) });
    case "time": {
      const startsAt = parseConferenceTime(readText(ctx, 60), { timeZone: deps.timeZone, now: deps.clock() });
      return askNext(ctx, deps, "venue", { ...data, startsAt: startsAt.toISOString() });
    }
    case "venue":
      return askNext(ctx, deps, "agenda", { ...data, venue: readText(ctx, conferenceTextLimits.venue) });
    case "agenda":
      return askNext(ctx, deps, "chair", { ...data, agenda: readText(ctx, conferenceTextLimits.agenda) });
    case "chair":
      return askNext(ctx, deps, "confirm", { ...data, chair: readText(ctx, conferenceTextLimits.chair) });
    default:
      await ctx.reply(ctx.t("announce.use_buttons"));
  }
}

async function wizardAt(ctx: BotContext, deps: BotDeps, steps: string[]): Promise<Wizard | null> {
  if (!(await authorize(ctx, deps, "conference.manage", "button:conference"))) return null;
  const conversation = await getConversation(deps.db, { personId: ctx.actor.person!.id, now: deps.clock() });
  if (!conversation || conversation.kind !== conferenceKind || !steps.includes(conversation.step)) {
    await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
    return null;
  }
  return WizardSchema.parse(conversation.data);
}

export async function skipConferenceStep(ctx: BotContext, deps: BotDeps, step: "agenda" | "chair"): Promise<void> {
  const data = await wizardAt(ctx, deps, [step]);
  if (!data) return;
  await ctx.answerCbQuery();
  await askNext(ctx, deps, step === "agenda" ? "chair" : "confirm", { ...data, [step]: "" });
}

// "Gửi giấy mời": the conference and every invitation commit together; the wizard ends only then, so a refusal
// (a time that has passed meanwhile, another conference) leaves it to retry.
export async function confirmConference(ctx: BotContext, deps: BotDeps): Promise<void> {
  const data = await wizardAt(ctx, deps, ["confirm"]);
  if (!data) return;
  const { conference, invited } = await createConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    createdById: ctx.actor.person!.id,
    actor: actorOf(ctx),
    conference: {
      title: data.title!,
      startsAt: new Date(data.startsAt!),
      venue: data.venue!,
      agenda: data.agenda ?? "",
      chair: data.chair ?? "",
    },
    buttons: conferenceButtons,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  await endConversation(deps.db, { personId: ctx.actor.person!.id });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("conference.created", {
      title: conference.title,
      time: formatDateTime(conference.startsAt, deps.timeZone),
      invited,
    }),
  );
}
