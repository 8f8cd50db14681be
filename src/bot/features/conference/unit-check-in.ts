import type { Composer } from "telegraf";
import { checkInUnit } from "../../../domain/conference/check-in-unit.js";
import { findConference } from "../../../domain/conference/find-conference.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { checkIn, getMinutes } from "./conference-callbacks.js";
import { assertAnswerer } from "./rsvp-wizard.js";

// "🙋 Đã có mặt": the first tap for a unit is kept with its time.
async function checkInSelf(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  await assertAnswerer(ctx, deps, "conference.check_in");
  const result = await checkInUnit(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    personId: ctx.actor.person!.id,
    actor: ctx.actor,
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
async function sendMinutesCopy(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  assertCan(ctx.actor, "conference.view");
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

export function registerUnitCheckIn(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, checkIn, (ctx, data) => checkInSelf(ctx, deps, data.conferenceId));
  onButton(feature, getMinutes, (ctx, data) => sendMinutesCopy(ctx, deps, data.conferenceId));
}
