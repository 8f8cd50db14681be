import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { clipText } from "./clip-text.js";
import { answerNoComments, commentOnDraft, showMyComments } from "./drafts-callbacks.js";

export type DraftListItem = {
  draft: { id: string; title: string; deadline: Date };
  version: { number: number };
  mine: { status: string; comments: number } | null;
  answered: number;
  units: number;
};

// /drafts: the open drafts; a unit member gets buttons that name the draft they act on.
export function draftListView(t: Translate, data: { drafts: DraftListItem[]; hasUnit: boolean; timeZone: string }) {
  const lines = [t("drafts.list_title")];
  const rows: InlineKeyboardButton[][] = [];
  for (const [i, { draft, version, mine, answered, units }] of data.drafts.entries()) {
    const status = mine
      ? t(`drafts.status_${mine.status}`, { count: mine.comments })
      : t("drafts.status_overall", { answered, units });
    const deadline = formatDateTime(draft.deadline, data.timeZone);
    lines.push(t("drafts.list_line", { index: i + 1, title: draft.title, version: version.number, deadline, status }));
    if (!data.hasUnit) continue;
    const title = `${i + 1}. ${clipText(draft.title, 24)}`;
    const draftId = draft.id;
    rows.push([Markup.button.callback(t("drafts.comment_on_button", { title }), commentOnDraft.pack({ draftId }))]);
    rows.push([
      Markup.button.callback(t("drafts.no_comments_on_button", { title }), answerNoComments.pack({ draftId })),
      Markup.button.callback(t("drafts.mine_on_button", { title }), showMyComments.pack({ draftId })),
    ]);
  }
  return { text: lines.join("\n"), keyboard: rows.length > 0 ? Markup.inlineKeyboard(rows) : undefined };
}
