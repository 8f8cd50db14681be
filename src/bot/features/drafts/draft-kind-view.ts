import { Markup } from "telegraf";
import { draftKinds } from "../../../domain/drafts/draft-kinds.js";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { chooseDraftKind } from "./drafts-callbacks.js";

export function draftKindView(t: Translate) {
  return {
    text: t("drafts.ask_kind"),
    keyboard: Markup.inlineKeyboard([
      ...draftKinds.map((draftKind) => [
        Markup.button.callback(t(`drafts.kind_${draftKind}`), chooseDraftKind.pack({ draftKind })),
      ]),
      cancelRow(t),
    ]),
  };
}
