import { Markup } from "telegraf";
import { announcementPreview } from "../../../domain/announcements/announcement-preview.js";
import type { listAnnouncements } from "../../../domain/announcements/list-announcements.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { viewAcks } from "./announcements-callbacks.js";

export type AnnouncementListItem = Awaited<ReturnType<typeof listAnnouncements>>[number];

// The latest announcements with how many acknowledged each, and a button per announcement.
export function announcementListView(t: Translate, data: { announcements: AnnouncementListItem[]; timeZone: string }) {
  if (data.announcements.length === 0) return { text: t("announce.list_empty"), keyboard: undefined };
  const lines = [t("announce.list_title")];
  const buttons = data.announcements.map((announcement, i) => {
    lines.push(
      t("announce.list_line", {
        index: i + 1,
        date: formatDateTime(announcement.createdAt, data.timeZone),
        preview: announcementPreview(announcement, 40),
        // A group post has no count of recipients to set the acknowledgements against.
        acks:
          announcement.audience === "group"
            ? t("announce.list_acks_group", { acked: announcement.ackCount })
            : t("announce.list_acks", { acked: announcement.ackCount, total: announcement.recipientCount }),
        state: announcement.state === "sending" ? t("announce.list_sending") : "",
      }),
    );
    return [
      Markup.button.callback(
        t("announce.list_button", { index: i + 1, preview: announcementPreview(announcement, 30) }),
        viewAcks.pack({ announcementId: announcement.id }),
      ),
    ];
  });
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(buttons) };
}
