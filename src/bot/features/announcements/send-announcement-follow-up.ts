import { sendFollowUp } from "../../../domain/announcements/send-follow-up.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// "Nhắc N người chưa xác nhận": once per announcement.
export async function sendAnnouncementFollowUp(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  const { count } = await sendFollowUp(deps.db, { actor: ctx.actor, announcementId, now: deps.clock() });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageReplyMarkup(undefined).catch(() => undefined);
  await ctx.reply(ctx.t("announce.follow_up_sent", { count }));
}
