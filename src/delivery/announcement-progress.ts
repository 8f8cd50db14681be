import { Markup, type Telegram } from "telegraf";
import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { completeAnnouncement } from "../domain/announcements/complete-announcement.js";
import {
  getAnnouncementProgress,
  type AnnouncementProgress,
} from "../domain/announcements/get-announcement-progress.js";
import { listSendingAnnouncements } from "../domain/announcements/list-sending-announcements.js";
import type { Clock } from "../domain/clock.js";
import { findPerson } from "../domain/people/find-person.js";
import { recipientLocale, type Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import { encodeCallback } from "../bot/callback-data.js";

export type AnnouncementProgressOptions = {
  db: Db;
  telegram: Telegram;
  translator: Translator;
  defaultLocale: Locale;
  logger: Logger;
  clock: Clock;
  // Wakes the outbox sender when a final report was queued.
  notify: () => void;
  intervalMs?: number;
  batchSize?: number;
};

// Keeps each author's progress message ("Đã gửi 120/300 · 2 lỗi") current by editing it in place, and closes an
// announcement once all its rows are settled. It reads only the database, so after a restart it simply carries on.
export function createAnnouncementProgress(options: AnnouncementProgressOptions) {
  const shown = new Map<string, string>();
  const intervalMs = options.intervalMs ?? 3000;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;

  async function edit(progress: AnnouncementProgress, done: boolean): Promise<void> {
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
    const markup = done
      ? Markup.inlineKeyboard([
          [
            Markup.button.callback(
              t("announce.view_button"),
              encodeCallback({ kind: "announce_view", announcementId: announcement.id }),
            ),
          ],
        ])
      : undefined;
    try {
      await options.telegram.editMessageText(
        Number(announcement.progressChatId),
        Number(announcement.progressMessageId),
        undefined,
        text,
        markup,
      );
      shown.set(announcement.id, text);
    } catch (error) {
      // "message is not modified" after a restart, or a message the author deleted: progress is cosmetic.
      shown.set(announcement.id, text);
      options.logger.debug({ err: error, announcementId: announcement.id }, "could not edit the progress message");
    }
  }

  async function tick(): Promise<void> {
    const sending = await listSendingAnnouncements(options.db, { limit: options.batchSize ?? 20 });
    for (const announcement of sending) {
      const progress = await getAnnouncementProgress(options.db, { announcementId: announcement.id });
      if (!progress) continue;
      if (progress.pending > 0) {
        await edit(progress, false);
        continue;
      }
      const completed = await completeAnnouncement(options.db, {
        announcementId: announcement.id,
        now: options.clock(),
      });
      if (!completed) continue;
      options.notify();
      await edit(completed, true);
      shown.delete(announcement.id);
    }
  }

  const runTick = () => {
    running ??= tick()
      .catch((error: unknown) => options.logger.error({ err: error }, "announcement progress failed"))
      .finally(() => (running = undefined));
    return running;
  };

  return {
    tick: runTick,
    start() {
      timer = setInterval(() => void runTick(), intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await running;
    },
  };
}
