import { findLiveConference } from "../../../domain/conference/find-live-conference.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// Before asking for input on a conference, make sure it can still take it (an old button on a cancelled one).
export function liveConference(ctx: BotContext, deps: BotDeps, conferenceId: string, allowStarted = false) {
  return findLiveConference(deps.db, {
    blocId: ctx.actor.bloc!.id,
    conferenceId,
    timeZone: deps.timeZone,
    now: deps.clock(),
    allowStarted,
  });
}

export function messageText(ctx: BotContext): string {
  const message = ctx.message;
  return message && "text" in message ? message.text.trim() : "";
}
