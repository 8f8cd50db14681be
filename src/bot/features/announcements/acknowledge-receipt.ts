import { acknowledgeAnnouncement } from "../../../domain/announcements/acknowledge-announcement.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { ackDoneView } from "./ack-done-view.js";

// "Đã nhận": recorded before the answer; in a private chat the button then shows the time, in a group it
// stays for the others to tap.
export async function acknowledgeReceipt(ctx: BotContext, deps: BotDeps, announcementId: string): Promise<void> {
  const { ackedAt, already } = await acknowledgeAnnouncement(deps.db, {
    actor: ctx.actor,
    announcementId,
    now: deps.clock(),
  });
  const view = ackDoneView(ctx.t, { announcementId, time: formatDateTime(ackedAt, deps.timeZone), already });
  await ctx.answerCbQuery(view.text);
  if (ctx.chat?.type !== "private") return;
  await ctx
    .editMessageReplyMarkup(view.keyboard.reply_markup)
    .catch((error: unknown) => ctx.log.debug({ err: error }, "could not mark the button"));
}
