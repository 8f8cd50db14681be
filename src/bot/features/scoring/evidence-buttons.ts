import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { SheetNodeOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import type { Translate } from "../../../i18n/translator.js";
import { openEvidence } from "./sheet-file-callbacks.js";

// A button per leaf that has evidence, for the unit and for the reviewer: pressed, the files are sent again.
export function evidenceButtons(t: Translate, sheetId: string, nodes: SheetNodeOverview[]): InlineKeyboardButton[][] {
  return nodes
    .filter((node) => node.kind !== "section" && node.evidence > 0)
    .map((node) => [
      Markup.button.callback(
        t("scoresheet.evidence_button", { leaf: node.path, count: node.evidence }),
        openEvidence.pack({ sheetId, path: node.path }),
      ),
    ]);
}
