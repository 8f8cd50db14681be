import { getAnnouncementAcks } from "../../../domain/announcements/get-announcement-acks.js";
import { DomainError } from "../../../domain/domain-error.js";
import { assertCan } from "../../../domain/policy/policy.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { announcementAcksView } from "./announcement-acks-view.js";

// A list button, or "Xem ai đã nhận" under a finished progress message.
export async function showAnnouncementAcks(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  assertCan(ctx.actor, "announce.view");
  const view = await getAnnouncementAcks(deps.db, { blocId: ctx.actor.bloc!.id, announcementId });
  if (!view) throw new DomainError("announce.error_gone");
  const rendered = announcementAcksView(ctx.t, { view, timeZone: deps.timeZone });
  await ctx.answerCbQuery();
  await ctx.reply(rendered.text, rendered.keyboard);
}
