import type { Telegram } from "telegraf";
import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import type { AnnouncementProgress } from "../domain/announcements/get-announcement-progress.js";
import type { ShowAnnouncementProgress } from "../domain/announcements/track-announcement-progress.js";
import type { EncodeAction } from "../domain/delivery/message-action.js";
import { findPerson } from "../domain/people/find-person.js";
import { recipientLocale, type Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";

export type ProgressMessageOptions = {
  db: Db;
  telegram: Telegram;
  translator: Translator;
  defaultLocale: Locale;
  logger: Logger;
  // Turns the final "Xem ai đã nhận" button's action into callback data (the bot's codecs, injected).
  encodeAction: EncodeAction;
};

// Keeps each author's progress message ("Đã gửi 120/300 · 2 lỗi") current by editing it in place, in the author's
// language; the same text is not sent twice. Driven by the "announcement-progress" job.
export function createProgressMessage(options: ProgressMessageOptions): ShowAnnouncementProgress {
  const shown = new Map<string, string>();
  return async (progress: AnnouncementProgress, done: boolean) => {
    const { announcement } = progress;
    if (!announcement.progressChatId || !announcement.progressMessageId) return;
    const author = await findPerson(options.db, { personId: announcement.authorId });
    const t = options.translator.forLocale(
      author ? recipientLocale(author, options.defaultLocale) : options.defaultLocale,
    );
    const text = t(done ? "announce.progress_done" : "announce.progress", {
      sent: progress.sent,
      total: progress.total,
      errors: progress.failed,
    });
    if (shown.get(announcement.id) === text) return;
    const action = { type: "announce.view" as const, announcementId: announcement.id };
    const markup = done
      ? {
          reply_markup: {
            inline_keyboard: [[{ text: t("announce.view_button"), callback_data: options.encodeAction(action) }]],
          },
        }
      : undefined;
    try {
      await options.telegram.editMessageText(
        Number(announcement.progressChatId),
        Number(announcement.progressMessageId),
        undefined,
        text,
        markup,
      );
    } catch (error) {
      // "message is not modified" after a restart, or a message the author deleted: progress is cosmetic.
      options.logger.debug({ err: error, announcementId: announcement.id }, "could not edit the progress message");
    }
    if (done) shown.delete(announcement.id);
    else shown.set(announcement.id, text);
  };
}
