import { Markup } from "telegraf";
import type { Translate } from "../../../i18n/translator.js";
import { cancelRow } from "../wizard/cancel-row.js";
import { chooseSource, chooseUpload } from "./signing-callbacks.js";

export type FinalVersionChoice = { id: string; number: number; draft: { title: string } };

// First step of opening a round: a version marked final in the drafts flow, or an uploaded file.
export function signingSourceView(t: Translate, versions: FinalVersionChoice[]) {
  return {
    text: t(versions.length > 0 ? "signing.ask_source" : "signing.ask_source_no_final"),
    keyboard: Markup.inlineKeyboard([
      ...versions.map((v) => [
        Markup.button.callback(
          t("signing.source_version", { title: v.draft.title, version: v.number }),
          chooseSource.pack({ versionId: v.id }),
        ),
      ]),
      [Markup.button.callback(t("signing.source_upload"), chooseUpload.pack({}))],
      cancelRow(t),
    ]),
  };
}
