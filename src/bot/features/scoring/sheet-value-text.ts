import type { Translate } from "../../../i18n/translator.js";
import type { SheetValue } from "../../../domain/scoring/sheets/sheet-value.js";

// A figure as the sheet shows it: "đạt", "8", "× 3", "95/100", "không giao"; "—" when nothing is entered.
export function sheetValueText(t: Translate, value: SheetValue | null): string {
  if (!value) return "—";
  if (!value.assigned) return t("sheets.value_unassigned");
  if (value.points !== undefined) return String(value.points);
  if (value.passed !== undefined) return t(value.passed ? "sheets.value_passed" : "sheets.value_failed");
  if (value.count !== undefined) return `× ${value.count}`;
  if (value.result !== undefined) return `${value.result}/${value.target ?? "?"}`;
  return "—";
}
