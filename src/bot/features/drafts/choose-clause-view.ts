import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { clipText } from "./clip-text.js";
import { chooseClause } from "./drafts-callbacks.js";

export type ClauseChoice = {
  draftId: string;
  title: string;
  version: number;
  clauses: { id: string; label: string; title: string }[];
};

// "Góp ý chung", then one button per article of the current version.
export function chooseClauseView(t: Translate, data: ClauseChoice) {
  const rows: InlineKeyboardButton[][] = [
    [Markup.button.callback(t("drafts.general"), chooseClause.pack({ draftId: data.draftId, clauseId: "g" }))],
  ];
  for (const clause of data.clauses) {
    const title = clipText(clause.title, 40);
    rows.push([
      Markup.button.callback(
        title ? `${clause.label}. ${title}` : clause.label,
        chooseClause.pack({ draftId: data.draftId, clauseId: clause.id }),
      ),
    ]);
  }
  rows.push(cancelRow(t));
  return {
    text: t("drafts.choose_clause", { title: data.title, version: data.version }),
    keyboard: Markup.inlineKeyboard(rows),
  };
}
