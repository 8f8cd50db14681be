import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { acknowledge } from "./announcements-callbacks.js";

// After "Đã nhận" in a private chat: the answer, and the button showing when it was recorded.
export function ackDoneView(t: Translate, data: { announcementId: string; time: string; already: boolean }) {
  return {
    text: t(data.already ? "announce.ack_already" : "announce.ack_done", { time: data.time }),
    keyboard: Markup.inlineKeyboard([
      [
        Markup.button.callback(
          t("announce.ack_done_button", { time: data.time }),
          acknowledge.pack({ announcementId: data.announcementId }),
        ),
      ],
    ]),
  };
}
