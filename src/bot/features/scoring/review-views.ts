import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { SheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import type { SheetStatusRow } from "../../../domain/scoring/sheets/list-round-status.js";
import type { Translate } from "../../../i18n/translator.js";
import * as results from "../results/results-callbacks.js";
import { evidenceButtons } from "./evidence-buttons.js";
import * as callbacks from "./scoring-callbacks.js";
import { sheetValueText } from "./sheet-value-text.js";

const reviewable = new Set(["submitted", "reviewed", "explained", "rereviewed"]);

export type StatusRowView = Omit<SheetStatusRow, "extendedUntil"> & { extendedUntil: string | null };

export type ReviewStatusData = {
  year: number;
  deadline: string;
  rows: StatusRowView[];
  counts: { byState: Partial<Record<string, number>>; late: number; total: number };
};

// /review: how many sheets are in, final and late, then every unit's sheet and state, the late ones marked and
// their extension if any; a button for each sheet waiting for the reviewer, "Gia hạn" for each late one, and the
// ranking's preview.
export function reviewStatusView(t: Translate, data: ReviewStatusData) {
  const { counts } = data;
  const lines = [
    t("sheets.status_title", { year: data.year, deadline: data.deadline }),
    t("results.status_counts", {
      submitted: counts.total - (counts.byState.draft ?? 0),
      total: counts.total,
      final: counts.byState.final ?? 0,
      late: counts.late,
    }),
  ];
  const rows: InlineKeyboardButton[][] = [];
  for (const row of data.rows) {
    const state = t(`sheets.state_${row.state}`);
    const extension = row.extendedUntil ? ` (${t("results.extended_until", { deadline: row.extendedUntil })})` : "";
    const late = row.late ? ` (${t("sheets.late")})` : "";
    lines.push(`${row.late ? "⏰" : "•"} ${row.unitName}: ${state}${late}${extension}`);
    if (reviewable.has(row.state))
      rows.push([Markup.button.callback(`🔎 ${row.unitName}`, callbacks.openReview.pack({ sheetId: row.sheetId }))]);
    if (row.late)
      rows.push([
        Markup.button.callback(
          t("results.extend_button", { unit: row.unitName }),
          results.extendUnitSheet.pack({ sheetId: row.sheetId }),
        ),
      ]);
  }
  rows.push([Markup.button.callback(t("results.show_button"), results.showResults.pack({ year: String(data.year) }))]);
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(rows) };
}

// One sheet for the reviewer: each leaf with the unit's figure, the adjustment and the explanation; the buttons
// the state allows (adjust and accept; decide again and finalize).
export function reviewSheetView(t: Translate, sheet: SheetOverview) {
  const lines = [
    t("sheets.sheet_title", { unit: sheet.unitName, year: sheet.year, state: t(`sheets.state_${sheet.state}`) }),
  ];
  const rows: InlineKeyboardButton[][] = [];
  const ids = (path: string) => ({ sheetId: sheet.sheetId, path });
  for (const node of sheet.nodes) {
    if (node.kind === "section") continue;
    const review = node.review ? ` → ${sheetValueText(t, node.review)}` : "";
    const final = node.final ? ` ⇒ ${sheetValueText(t, node.final)}` : "";
    lines.push(`${node.path} (${node.maxPoints}): ${sheetValueText(t, node.self)}${review}${final}`);
    if (node.explanation) lines.push(t("sheets.explanation_line", { text: node.explanation }));
    if (sheet.state === "submitted")
      rows.push([
        Markup.button.callback(
          t("sheets.adjust_button", { leaf: node.path }),
          callbacks.adjustLeaf.pack(ids(node.path)),
        ),
      ]);
    if ((sheet.state === "explained" || sheet.state === "rereviewed") && node.explanation && !node.final)
      rows.push([
        Markup.button.callback(
          t("sheets.decide_button", { leaf: node.path }),
          callbacks.decideLeaf.pack(ids(node.path)),
        ),
      ]);
  }
  rows.push(...evidenceButtons(t, sheet.sheetId, sheet.nodes));
  if (sheet.state === "submitted")
    rows.push([
      Markup.button.callback(t("sheets.accept_button"), callbacks.acceptSheet.pack({ sheetId: sheet.sheetId })),
    ]);
  if (sheet.state === "reviewed" || sheet.state === "explained" || sheet.state === "rereviewed")
    rows.push([
      Markup.button.callback(t("sheets.final_button"), callbacks.finalSheet.pack({ sheetId: sheet.sheetId })),
    ]);
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(rows) };
}
