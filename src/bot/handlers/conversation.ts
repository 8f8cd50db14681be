import type { Telegraf } from "telegraf";
import { endConversation } from "../../domain/conversations/end-conversation.js";
import { getConversation, type ActiveConversation } from "../../domain/conversations/get-conversation.js";
import type { BotContext } from "../bot-context.js";
import type { BotDeps } from "../bot-deps.js";
import { conferenceKind, handleConferenceInput } from "./conference.js";
import {
  cancelKind as conferenceCancelKind,
  editKind as conferenceEditKind,
  handleCancelInput as handleConferenceCancelInput,
  handleEditInput as handleConferenceEditInput,
  handleMinutesInput,
  handleRemindersInput as handleConferenceRemindersInput,
  minutesKind as conferenceMinutesKind,
  remindersKind as conferenceRemindersKind,
} from "./conference-manage.js";
import { handleRsvpInput, rsvpKind } from "./conference-rsvp.js";

type Step = (ctx: BotContext, deps: BotDeps, conversation: ActiveConversation) => Promise<void>;
const steps: Record<string, Step> = {
  [conferenceKind]: handleConferenceInput,
  [rsvpKind]: handleRsvpInput,
  [conferenceEditKind]: handleConferenceEditInput,
  [conferenceCancelKind]: handleConferenceCancelInput,
  [conferenceRemindersKind]: handleConferenceRemindersInput,
  [conferenceMinutesKind]: handleMinutesInput,
};

// Messages that answer an open wizard (text, files, photos) go to that wizard; commands never do,
// so /help or /cancel always work in the middle of one.
export function registerConversation(bot: Telegraf<BotContext>, deps: BotDeps): void {
  bot.on("message", async (ctx, next) => {
    if (ctx.chat.type !== "private" || !ctx.actor.person) return next();
    if ("text" in ctx.message && ctx.message.text.startsWith("/")) return next();
    const conversation = await getConversation(deps.db, { personId: ctx.actor.person.id, now: deps.clock() });
    if (!conversation) return next();
    const step = steps[conversation.kind];
    return step ? step(ctx, deps, conversation) : next();
  });
}
