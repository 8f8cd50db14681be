import { createAnnouncement } from "../../../domain/announcements/create-announcement.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";

// "Gửi" / "Gửi và ghim": the summary message becomes the progress message, which the progress job keeps current.
export async function confirmAnnouncement(ctx: BotContext, deps: BotDeps, pin: boolean): Promise<void> {
  const progressMessage = ctx.callbackQuery!.message!;
  const { recipientCount } = await createAnnouncement(deps.db, {
    actor: ctx.actor,
    pin,
    progress: { chatId: progressMessage.chat.id, messageId: progressMessage.message_id },
    now: deps.clock(),
  });
  deps.outbox.notify();
  await ctx.answerCbQuery();
  await ctx.editMessageText(ctx.t("announce.progress", { sent: 0, total: recipientCount, errors: 0 }));
}
