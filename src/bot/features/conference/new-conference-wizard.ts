import { makeConferenceCalendarFile } from "../../../exports/make-conference-calendar-file.js";
import { peopleCount } from "../../views/people-count.js";
import type { Composer } from "telegraf";
import { findAudienceReach } from "../../../domain/audiences/find-audience.js";
import { listUnits } from "../../../domain/blocs/list-units.js";
import { conferenceTextLimits } from "../../../domain/conference/conference-schemas.js";
import { createConference } from "../../../domain/conference/create-conference.js";
import { exampleConferenceTime } from "../../../domain/conference/example-conference-time.js";
import { findCurrentConference } from "../../../domain/conference/find-current-conference.js";
import { parseConferenceTime } from "../../../domain/conference/parse-conference-time.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan, can } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { answerStale, onButton } from "../../create-callback-data.js";
import type { WizardState } from "../../create-wizard.js";
import { fixField, newConference, sendInvitations, skipStep } from "./conference-callbacks.js";
import { conferencePreviewView } from "./conference-preview-view.js";
import { conferencePromptView, optionalStepView } from "./conference-prompt-view.js";
import { newConferenceWizard, type NewConferenceData } from "./conference-wizards.js";
import { showConference } from "./show-conference.js";
import { onCommand } from "../../on-command.js";

type Step = "title" | "time" | "venue" | "agenda" | "chair" | "confirm";
type View = { text: string; keyboard?: object };

async function reply(ctx: BotContext, view: View) {
  await ctx.reply(view.text, view.keyboard);
}

// The question of a step; the time's example is a week from today, so typing it back is accepted.
function stepPrompt(ctx: BotContext, deps: BotDeps, step: Exclude<Step, "confirm">): View {
  if (step === "agenda" || step === "chair") return optionalStepView(ctx.t, step);
  const example = exampleConferenceTime({ now: deps.clock(), timeZone: deps.timeZone });
  return conferencePromptView(ctx.t, ctx.t(`conference.ask_${step}`, { example }));
}

async function askNext(ctx: BotContext, deps: BotDeps, next: Step, data: NewConferenceData): Promise<void> {
  // A field corrected from the preview goes straight back to it.
  const step = data.editing ? "confirm" : next;
  await newConferenceWizard.save(ctx, deps, step, data);
  if (step !== "confirm") return reply(ctx, stepPrompt(ctx, deps, step));
  const blocId = ctx.actor.bloc!.id;
  const [{ people, unreachable }, units] = await Promise.all([
    findAudienceReach(deps.db, { blocId, audience: { kind: "bloc" } }),
    listUnits(deps.db, { blocId }),
  ]);
  const plan = {
    startsAt: new Date(data.startsAt!),
    venue: data.venue!,
    agenda: data.agenda ?? "",
    chair: data.chair ?? "",
  };
  await reply(
    ctx,
    conferencePreviewView(ctx.t, {
      title: data.title!,
      plan,
      people: peopleCount(ctx.t, { count: people.length, unreachable }),
      units: units.length,
      timeZone: deps.timeZone,
    }),
  );
}

function readText(ctx: BotContext, max: number): string {
  const message = ctx.message;
  const text = message && "text" in message ? message.text.trim() : "";
  if (!text || text.length > max) throw new DomainError("conference.error_too_long", { max });
  return text;
}

async function handleInput(ctx: BotContext, deps: BotDeps, { step, data }: WizardState<NewConferenceData>) {
  assertCan(ctx.actor, "conference.create");
  switch (step) {
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

async function startWizard(ctx: BotContext, deps: BotDeps): Promise<void> {
  assertCan(ctx.actor, "conference.create");
  await newConferenceWizard.start(ctx, deps, "title", {});
  await reply(ctx, stepPrompt(ctx, deps, "title"));
}

async function skip(ctx: BotContext, deps: BotDeps, step: "agenda" | "chair") {
  assertCan(ctx.actor, "conference.create");
  const state = await newConferenceWizard.load(ctx, deps, [step]);
  if (!state) return answerStale(ctx);
  await ctx.answerCbQuery();
  await askNext(ctx, deps, step === "agenda" ? "chair" : "confirm", { ...state.data, [step]: "" });
}

// "✏️ Sửa …" under the preview: that one question again, the other answers kept.
async function fix(ctx: BotContext, deps: BotDeps, field: Exclude<Step, "confirm">) {
  assertCan(ctx.actor, "conference.create");
  const state = await newConferenceWizard.load(ctx, deps, ["confirm"]);
  if (!state) return answerStale(ctx);
  await newConferenceWizard.save(ctx, deps, field, { ...state.data, editing: true });
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await reply(ctx, stepPrompt(ctx, deps, field));
}

// "Gửi giấy mời": the conference and every invitation commit together; the wizard ends only then, so a refusal
// (a time that has passed meanwhile, another conference) leaves it to retry.
async function send(ctx: BotContext, deps: BotDeps) {
  assertCan(ctx.actor, "conference.create");
  const state = await newConferenceWizard.load(ctx, deps, ["confirm"]);
  if (!state) return answerStale(ctx);
  const { data } = state;
  const { conference, invited, unreachable } = await createConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    createdById: ctx.actor.person!.id,
    actor: ctx.actor,
    conference: {
      title: data.title!,
      startsAt: new Date(data.startsAt!),
      venue: data.venue!,
      agenda: data.agenda ?? "",
      chair: data.chair ?? "",
    },
    timeZone: deps.timeZone,
    now: deps.clock(),
    calendarFile: (created) =>
      makeConferenceCalendarFile(created, { timeZone: deps.timeZone, timeLabel: ctx.t("conference.ics_time_label") }),
  });
  await newConferenceWizard.end(ctx, deps);
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(
    ctx.t("conference.created", {
      title: conference.title,
      time: formatDateTime(conference.startsAt, deps.timeZone),
      invited: peopleCount(ctx.t, { count: invited, unreachable }),
    }),
  );
}

// /conference: the current conference if there is one; otherwise a leader starts the wizard.
export function registerNewConferenceWizard(feature: Composer<BotContext>, deps: BotDeps): void {
  onCommand(feature, "conference", async (ctx) => {
    assertCan(ctx.actor, "conference.view");
    const current = await findCurrentConference(deps.db, { blocId: ctx.actor.bloc!.id, now: deps.clock() });
    if (current) return showConference(ctx, deps, current.id);
    if (!can(ctx.actor, "conference.create")) return void (await ctx.reply(ctx.t("conference.none")));
    await startWizard(ctx, deps);
  });
  // "➕ Hội nghị mới" once the current conference has taken place.
  onButton(feature, newConference, async (ctx) => {
    assertCan(ctx.actor, "conference.create");
    await ctx.answerCbQuery();
    await startWizard(ctx, deps);
  });
  newConferenceWizard.onMessage(feature, deps, (ctx, state) => handleInput(ctx, deps, state));
  onButton(feature, skipStep, (ctx, data) => skip(ctx, deps, data.step));
  onButton(feature, sendInvitations, (ctx) => send(ctx, deps));
  onButton(feature, fixField, (ctx, data) => fix(ctx, deps, data.field));
}
