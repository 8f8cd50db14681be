import type ExcelJS from "exceljs";

// What a cell shows, whatever exceljs holds: rich text, a formula's result, a hyperlink's text.
export function cellText(cell: ExcelJS.Cell): string {
  const value = cell.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "object" && "result" in value) return String(value.result ?? "").trim();
  if (typeof value === "object" && "richText" in value)
    return value.richText
      .map((r) => r.text)
      .join("")
      .trim();
  if (typeof value === "object" && "text" in value) return String(value.text).trim();
  if (value instanceof Date) return value.toISOString();
  return String(value).trim();
}

// A number as a cell holds it, or as typed with a decimal comma (0,5) or a leading minus sign "−".
export function cellNumber(cell: ExcelJS.Cell): number | undefined | "bad" {
  const value = cell.value;
  if (typeof value === "number") return value;
  if (value && typeof value === "object" && "result" in value && typeof value.result === "number") return value.result;
  const text = cellText(cell);
  if (text === "") return undefined;
  const number = Number(text.replace(/\s/g, "").replace("−", "-").replace(",", "."));
  return Number.isFinite(number) ? number : "bad";
}

const yes = new Set(["x", "có", "co", "yes", "true", "1"]);
export const cellFlag = (cell: ExcelJS.Cell) => yes.has(cellText(cell).toLowerCase());
