import { Markup } from "telegraf";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import { shortFingerprint } from "../../../i18n/format-fingerprint.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { openRound } from "./signing-callbacks.js";

export type RoundToOpen = { title: string; fileName: string; sha256: string; deadline: Date | null; timeZone: string };

// The last check before the covenant goes out: title, file, fingerprint and deadline.
export function confirmOpenView(t: Translate, data: RoundToOpen) {
  return {
    text: t("signing.confirm_open", {
      title: data.title,
      name: data.fileName,
      fingerprint: shortFingerprint(data.sha256),
      deadline: data.deadline ? formatDateTime(data.deadline, data.timeZone) : t("signing.no_deadline"),
    }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("signing.open_button"), openRound.pack({}))],
      cancelRow(t),
    ]),
  };
}
