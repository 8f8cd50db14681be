import { Markup } from "telegraf";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { clipText } from "./clip-text.js";
import type { DraftListItem } from "./draft-list-view.js";
import { reviewDraft } from "./drafts-callbacks.js";

// /comments with several drafts: which one to review.
export function reviewListView(t: Translate, data: { drafts: DraftListItem[]; timeZone: string }) {
  const lines = [t("drafts.review_title")];
  for (const [i, { draft, version, answered, units }] of data.drafts.entries()) {
    lines.push(
      t("drafts.list_line", {
        index: i + 1,
        title: draft.title,
        version: version.number,
        deadline: formatDateTime(draft.deadline, data.timeZone),
        status: t("drafts.status_overall", { answered, units }),
      }),
    );
  }
  const rows = data.drafts.map(({ draft }, i) => [
    Markup.button.callback(`${i + 1}. ${clipText(draft.title, 50)}`, reviewDraft.pack({ draftId: draft.id })),
  ]);
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(rows) };
}
