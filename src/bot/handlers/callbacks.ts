import type { Telegraf } from "telegraf";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { decodeCallback } from "../callback-data.js";
import { chooseInviteUnit, issueInvite } from "./invite.js";
import { confirmConference, skipConferenceStep, startNewConference } from "./conference.js";
import {
  exportAttendees,
  markUnitPresent,
  showAnswerHistory,
  showMarkList,
  startCancel as startConferenceCancel,
  startEdit as startConferenceEdit,
  startMinutes,
  startReminders as startConferenceReminders,
} from "./conference-manage.js";
import { checkInSelf, sendMinutesCopy, startRsvp } from "./conference-rsvp.js";
import { askRemoveMember, confirmRemoveMember } from "./members.js";

// One router for every button; unknown or malformed data is treated as a stale button.
export function registerCallbacks(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on("callback_query", async (ctx) => {
    const raw = "data" in ctx.callbackQuery ? ctx.callbackQuery.data : undefined;
    const data = raw ? decodeCallback(raw) : null;
    if (!data) {
      ctx.log.info({ raw }, "stale or malformed button");
      await ctx.answerCbQuery(ctx.t("errors.stale_button"), { show_alert: true });
      return;
    }
    switch (data.kind) {
      case "invite_unit":
        return chooseInviteUnit(ctx, deps, data.unitId);
      case "invite_role":
        return issueInvite(ctx, deps, data.unitId, data.role);
      case "member_remove":
        return askRemoveMember(ctx, deps, data.membershipId);
      case "member_remove_confirm":
        return confirmRemoveMember(ctx, deps, data.membershipId);
      case "conference_skip":
        return skipConferenceStep(ctx, deps, data.step);
      case "conference_create":
        return confirmConference(ctx, deps);
      case "conference_new":
        return startNewConference(ctx, deps);
      case "conference_rsvp":
        return startRsvp(ctx, deps, data.conferenceId, data.answer);
      case "conference_check_in":
        return checkInSelf(ctx, deps, data.conferenceId);
      case "conference_mark":
        return showMarkList(ctx, deps, data.conferenceId);
      case "conference_mark_unit":
        return markUnitPresent(ctx, deps, data.conferenceId, data.unitId);
      case "conference_export":
        return exportAttendees(ctx, deps, data.conferenceId, data.format);
      case "conference_edit":
        return startConferenceEdit(ctx, deps, data.conferenceId, data.field);
      case "conference_reminders":
        return startConferenceReminders(ctx, deps, data.conferenceId, data.target);
      case "conference_cancel":
        return startConferenceCancel(ctx, deps, data.conferenceId);
      case "conference_minutes":
        return startMinutes(ctx, deps, data.conferenceId);
      case "conference_minutes_get":
        return sendMinutesCopy(ctx, deps, data.conferenceId);
      case "conference_history":
        return showAnswerHistory(ctx, deps, data.conferenceId);
    }
  });
}
