import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { AnnouncementDraft } from "../../../domain/announcements/announcement-draft-schema.js";
import type { Translate } from "../../../i18n/translator.js";
import { peopleCount } from "../../views/people-count.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { fixAnnouncement, sendAnnouncement } from "./announcements-callbacks.js";
import { audienceLabel } from "./audience-label.js";
import type { LinkedGroup } from "./audience-view.js";
import type { UnitChoice } from "./units-view.js";

type ConfirmData = {
  draft: AnnouncementDraft;
  units: UnitChoice[];
  group: LinkedGroup;
  recipientCount: number;
  unreachable?: number;
};

// Under the preview: who it goes to and how many, then "Gửi" (and "Gửi và ghim" for the group) or "Huỷ".
export function confirmView(t: Translate, data: ConfirmData) {
  const isGroup = data.draft.audience === "group";
  const label = audienceLabel(t, data.draft, data.units, data.group);
  const text = isGroup
    ? t("announce.preview_group", {
        title: data.group?.title ?? "",
        pin: t(data.group?.canPin ? "announce.preview_pin_possible" : "announce.preview_pin_impossible"),
      })
    : data.recipientCount > 0
      ? t("announce.preview_summary", {
          audience: label,
          count: peopleCount(t, { count: data.recipientCount, unreachable: data.unreachable }),
        })
      : t("announce.preview_no_recipients", { audience: label });
  const row: InlineKeyboardButton[] = [];
  if (data.recipientCount > 0) {
    row.push(Markup.button.callback(t("announce.send_button"), sendAnnouncement.pack({ pin: "0" })));
    if (isGroup) row.push(Markup.button.callback(t("announce.send_pin_button"), sendAnnouncement.pack({ pin: "1" })));
  }
  const fix = [
    Markup.button.callback(t("announce.fix_content_button"), fixAnnouncement.pack({ field: "content" })),
    Markup.button.callback(t("announce.fix_audience_button"), fixAnnouncement.pack({ field: "audience" })),
  ];
  // With nobody to send to, only "Huỷ": the author starts again with /announce.
  const rows = data.recipientCount > 0 ? [fix, row, cancelRow(t)] : [cancelRow(t)];
  return { text, keyboard: Markup.inlineKeyboard(rows.filter((r) => r.length > 0)) };
}
