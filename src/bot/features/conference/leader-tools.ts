import type { Composer } from "telegraf";
import { checkInUnit } from "../../../domain/conference/check-in-unit.js";
import { getAttendeeListData } from "../../../domain/conference/get-attendee-list-data.js";
import { getConferenceOverview } from "../../../domain/conference/get-conference-overview.js";
import { listConferenceAnswers } from "../../../domain/conference/list-conference-answers.js";
import { assertCan } from "../../../domain/policy/policy.js";
import { makeAttendeeListFile } from "../../../exports/make-attendee-list-file.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { answerHistoryView } from "./answer-history-view.js";
import * as callbacks from "./conference-callbacks.js";
import { chunkLines } from "./conference-lines.js";
import { liveConference } from "./live-conference.js";
import { markListView } from "./mark-list-view.js";

async function exportAttendees(ctx: BotContext, deps: BotDeps, conferenceId: string, format: "docx" | "xlsx") {
  assertCan(ctx.actor, "conference.view_all");
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

async function showHistory(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  assertCan(ctx.actor, "conference.view_all");
  const { conference, answers } = await listConferenceAnswers(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  await ctx.answerCbQuery();
  const view = answerHistoryView(ctx.t, { title: conference.title, answers, timeZone: deps.timeZone });
  for (const chunk of chunkLines(view.text.split("\n"))) await ctx.reply(chunk);
}

async function markList(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  const { conference, rows } = await getConferenceOverview(deps.db, { blocId: ctx.actor.bloc!.id, conferenceId });
  return markListView(ctx.t, { conferenceId, title: conference.title, rows, timeZone: deps.timeZone });
}

async function showMarks(ctx: BotContext, deps: BotDeps, conferenceId: string) {
  assertCan(ctx.actor, "conference.check_in_unit");
  await liveConference(ctx, deps, conferenceId, true);
  const view = await markList(ctx, deps, conferenceId);
  await ctx.answerCbQuery();
  await ctx.reply(view.text, view.keyboard);
}

async function markPresent(ctx: BotContext, deps: BotDeps, conferenceId: string, unitId: string) {
  const result = await checkInUnit(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    unitId,
    personId: ctx.actor.person?.id ?? "",
    actor: ctx.actor,
    timeZone: deps.timeZone,
    now: deps.clock(),
  });
  const view = await markList(ctx, deps, conferenceId);
  await ctx.answerCbQuery();
  // The list under the tapped message shows the unit as present; if it cannot be edited, the reply says it anyway.
  await ctx.editMessageReplyMarkup(view.keyboard.reply_markup).catch(() => undefined);
  await ctx.reply(
    ctx.t("conference.marked", { unit: result.unitName, time: formatDateTime(result.at, deps.timeZone).slice(11) }),
  );
}

// The leader's tools on the table: the attendee list (.xlsx, .docx), the answer history and the check-in marks.
export function registerLeaderTools(feature: Composer<BotContext>, deps: BotDeps): void {
  onButton(feature, callbacks.exportAttendees, (ctx, data) =>
    exportAttendees(ctx, deps, data.conferenceId, data.format),
  );
  onButton(feature, callbacks.showHistory, (ctx, data) => showHistory(ctx, deps, data.conferenceId));
  onButton(feature, callbacks.showMarkList, (ctx, data) => showMarks(ctx, deps, data.conferenceId));
  onButton(feature, callbacks.markUnit, (ctx, data) => markPresent(ctx, deps, data.conferenceId, data.unitId));
}
