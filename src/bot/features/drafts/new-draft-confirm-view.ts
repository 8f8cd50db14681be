import { Markup } from "telegraf";
import type { DraftKind } from "../../../domain/drafts/draft-kinds.js";
import { formatDateTime } from "../../../i18n/format-date-time.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { sendNewDraft } from "./drafts-callbacks.js";

export type NewDraftSummary = {
  title: string;
  draftKind: DraftKind;
  fileName: string;
  deadline: Date;
  clauses: number;
  units: number;
  timeZone: string;
};

// What will go out, with "Gửi dự thảo".
export function newDraftConfirmView(t: Translate, data: NewDraftSummary) {
  return {
    text: t("drafts.confirm", {
      title: data.title,
      kind: t(`drafts.kind_${data.draftKind}`),
      name: data.fileName,
      deadline: formatDateTime(data.deadline, data.timeZone),
      clauses: data.clauses,
      units: data.units,
    }),
    keyboard: Markup.inlineKeyboard([
      [Markup.button.callback(t("drafts.send_button"), sendNewDraft.pack({}))],
      cancelRow(t),
    ]),
  };
}
