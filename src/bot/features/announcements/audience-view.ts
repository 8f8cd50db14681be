import { Markup } from "telegraf";
import { audiences } from "../../../domain/announcements/announcement-draft-schema.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { chooseAudience } from "./announcements-callbacks.js";

export type LinkedGroup = { title: string; canPin: boolean } | null;

// Who the announcement goes to; the bloc's group only when one is linked.
export function audienceView(t: Translate, data: { group: LinkedGroup }) {
  const rows = audiences
    .filter((audience) => audience !== "group" || data.group)
    .map((audience) => [
      Markup.button.callback(
        t(`announce.audience_${audience}`, { title: data.group?.title ?? "" }),
        chooseAudience.pack({ audience }),
      ),
    ]);
  return { text: t("announce.ask_audience"), keyboard: Markup.inlineKeyboard([...rows, cancelRow(t)]) };
}
