import { Markup } from "telegraf";
import { announcementPreview } from "../../../domain/announcements/announcement-preview.js";
import type { AckLine, getAnnouncementAcks } from "../../../domain/announcements/get-announcement-acks.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { followUp } from "./announcements-callbacks.js";

export type AnnouncementAcks = NonNullable<Awaited<ReturnType<typeof getAnnouncementAcks>>>;

function ackLine(t: Translate, line: AckLine, timeZone: string): string {
  if (line.ackedAt)
    return t("announce.acks_line_acked", { name: line.name, time: formatDateTime(line.ackedAt, timeZone) });
  if (line.state === "sent") return t("announce.acks_line_waiting", { name: line.name });
  if (line.state === "pending" || line.state === "sending") return t("announce.acks_line_pending", { name: line.name });
  return t("announce.acks_line_unreachable", { name: line.name });
}

function title(t: Translate, view: AnnouncementAcks, timeZone: string): string {
  const { announcement } = view;
  const preview = announcementPreview(announcement, 60);
  const date = formatDateTime(announcement.createdAt, timeZone);
  if (announcement.audience === "group")
    return t("announce.acks_group_title", { preview, date, acked: view.ackedCount });
  return t("announce.acks_title", {
    preview,
    date,
    audience: t(`announce.audience_${announcement.audience}`, { title: "" }),
    acked: view.ackedCount,
    total: view.recipientCount,
  });
}

// Who acknowledged, unit by unit, with the one follow-up offered while someone is still waiting.
export function announcementAcksView(t: Translate, data: { view: AnnouncementAcks; timeZone: string }) {
  const { view, timeZone } = data;
  const { announcement } = view;
  const lines = [title(t, view, timeZone)];
  let unit: string | null | undefined;
  for (const line of view.lines) {
    if (line.unitName !== unit) {
      unit = line.unitName;
      lines.push(t("announce.acks_unit", { unit: unit ?? t("role.board") }));
    }
    lines.push(ackLine(t, line, timeZone));
  }
  if (announcement.followUpAt)
    lines.push(
      t("announce.acks_followed_up", {
        count: announcement.followUpCount,
        time: formatDateTime(announcement.followUpAt, timeZone),
      }),
    );
  const canFollowUp = !announcement.followUpAt && view.waitingCount > 0 && announcement.audience !== "group";
  const keyboard = canFollowUp
    ? Markup.inlineKeyboard([
        [
          Markup.button.callback(
            t("announce.follow_up_button", { count: view.waitingCount }),
            followUp.pack({ announcementId: announcement.id }),
          ),
        ],
      ])
    : undefined;
  return { text: lines.join("\n"), keyboard };
}
