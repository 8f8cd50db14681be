import { Markup } from "telegraf";
import type { InlineKeyboardButton } from "telegraf/types";
import type { SheetNodeOverview, SheetOverview } from "../../../domain/scoring/sheets/get-sheet-overview.js";
import type { Translate } from "../../../i18n/translator.js";
import * as callbacks from "./scoring-callbacks.js";
import { evidenceButtons } from "./evidence-buttons.js";
import { sheetFileButtons } from "./sheet-file-buttons.js";
import { sheetValueText } from "./sheet-value-text.js";

const button = (text: string, data: string): InlineKeyboardButton[] => [Markup.button.callback(text, data)];

function leafLine(t: Translate, node: SheetNodeOverview): string {
  const shown = node.final ?? node.review ?? node.self;
  const marks = [node.bound ? "🔒" : "", node.evidence > 0 ? `📎${node.evidence}` : "", node.review ? "✏️" : ""];
  return `${node.path}. ${node.title} (${node.maxPoints}): ${sheetValueText(t, shown)} ${marks.join("")}`.trimEnd();
}

// One level of the unit's sheet: the sections under `parentId` as buttons, its leaves as lines and buttons (a
// bound leaf is shown, not offered), and what the sheet's state allows (submit, explain an adjusted leaf).
export function sheetView(t: Translate, data: { sheet: SheetOverview; parentId: string | null; canSubmit: boolean }) {
  const { sheet } = data;
  const children = sheet.nodes.filter((n) => n.parentId === data.parentId);
  const lines = [
    t("sheets.sheet_title", { unit: sheet.unitName, year: sheet.year, state: t(`sheets.state_${sheet.state}`) }),
  ];
  const rows: InlineKeyboardButton[][] = [];
  const draft = sheet.state === "draft";
  const ids = (path: string) => ({ sheetId: sheet.sheetId, path });
  if (draft && data.parentId === null) rows.push(sheetFileButtons(t, sheet.sheetId));
  for (const node of children) {
    if (node.kind === "section") {
      rows.push(
        button(
          `📂 ${node.path}. ${node.title}`,
          callbacks.openSection.pack({ sheetId: sheet.sheetId, path: node.path }),
        ),
      );
      continue;
    }
    lines.push(leafLine(t, node));
    if (node.explanation) lines.push(t("sheets.explanation_line", { text: node.explanation }));
    if (draft && node.bound && !node.explanation)
      rows.push(
        button(
          t("sheets.explain_button", { leaf: node.path }),
          callbacks.explainLeaf.pack({ sheetId: sheet.sheetId, path: node.path }),
        ),
      );
    const row = draft && !node.bound ? button(`✏️ ${node.path}`, callbacks.chooseLeaf.pack(ids(node.path))) : [];
    row.push(...(evidenceButtons(t, sheet.sheetId, [node])[0] ?? []));
    if (row.length > 0) rows.push(row);
  }
  const explainable = sheet.state === "reviewed" || sheet.state === "explained";
  for (const node of sheet.nodes)
    if (explainable && node.review && !node.explanation) {
      lines.push(
        t("sheets.adjusted_line", {
          leaf: node.path,
          value: sheetValueText(t, node.review),
          reason: node.reviewReason ?? "",
        }),
      );
      rows.push(
        button(
          t("sheets.explain_button", { leaf: node.path }),
          callbacks.explainLeaf.pack({ sheetId: sheet.sheetId, path: node.path }),
        ),
      );
    }
  if (draft && data.canSubmit && data.parentId === null)
    rows.push(button(t("sheets.submit_button"), callbacks.submitOwnSheet.pack({ sheetId: sheet.sheetId })));
  return { text: lines.join("\n"), keyboard: Markup.inlineKeyboard(rows) };
}

// The question for one leaf, by its kind.
export function leafPromptView(t: Translate, node: SheetNodeOverview, mode: "fill" | "adjust" | "explain" | "decide") {
  const kind = node.bound ? "direct" : node.kind;
  const key = mode === "fill" ? `sheets.ask_${kind}` : `sheets.ask_${mode}`;
  return {
    text: t(key, { leaf: `${node.path}. ${node.title}`, max: node.maxPoints, format: t(`sheets.format_${kind}`) }),
  };
}
