import ExcelJS from "exceljs";
import type { AttendeeList, Translate } from "./attendee-list.js";
import { composeAttendeeListText } from "./compose-attendee-list-text.js";

const font = "Times New Roman";
const columnWidths = [6, 30, 24, 22, 30, 12];
const lastColumn = columnWidths.length;
// Excel refuses a cell longer than this; a longer reason is cut rather than the whole file being rejected.
const maxCellLength = 32_767;
// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetNameForbidden = /[:\\/?*[\]]/g;

const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const cellBorder: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };

function fitCell(text: string): string {
  return text.length <= maxCellLength ? text : `${text.slice(0, maxCellLength - 1)}…`;
}

function sheetName(name: string): string {
  return name.replace(sheetNameForbidden, " ").trim().slice(0, 31) || "Sheet1";
}

type LineStyle = { bold?: boolean; italic?: boolean; size?: number; horizontal?: "left" | "center" | "justify" };

// Merged cells do not grow with wrapped text in Excel or LibreOffice, so their height is estimated from the length.
function estimateHeight(text: string, charsPerLine: number, size: number): number {
  const lines = text.split("\n").reduce((total, part) => total + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
  return Math.max(1, lines) * (size + 5);
}

// The conference attendee list (danh sách đại biểu) as an Excel workbook: the same words as the Word file,
// one row per attendee, ready for sorting and filtering. Check-in times are text in the bloc's zone, because an
// Excel date carries no time zone.
export async function buildAttendeeListXlsx(list: AttendeeList, t: Translate): Promise<Buffer> {
  const text = composeAttendeeListText(list, t);
  const workbook = new ExcelJS.Workbook();
  workbook.title = text.documentTitle;
  workbook.creator = text.headerBloc;
  workbook.created = list.generatedAt;
  const sheet = workbook.addWorksheet(sheetName(text.sheetName), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 1.18, right: 0.79, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columnWidths.map((width) => ({ width }));
  const totalWidth = columnWidths.reduce((a, b) => a + b, 0);

  const writeLine = (row: number, from: number, to: number, value: string, style: LineStyle = {}) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = fitCell(value);
    cell.font = { name: font, size: style.size ?? 13, bold: style.bold ?? false, italic: style.italic ?? false };
    cell.alignment = { horizontal: style.horizontal ?? "center", vertical: "middle", wrapText: true };
    const width = columnWidths.slice(from - 1, to).reduce((a, b) => a + b, 0);
    sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, estimateHeight(value, width, style.size ?? 13));
  };

  // Header: the bloc on the left, the motto and the place and date on the right.
  writeLine(1, 1, 2, text.headerBloc, { bold: true, size: 12 });
  writeLine(1, 3, lastColumn, text.mottoCountry, { bold: true, size: 12 });
  writeLine(2, 3, lastColumn, text.mottoSlogan, { bold: true });
  writeLine(3, 3, lastColumn, text.datePlace, { italic: true });
  writeLine(5, 1, lastColumn, text.title, { bold: true, size: 14 });
  writeLine(6, 1, lastColumn, text.subtitle, { bold: true });
  writeLine(7, 1, lastColumn, text.when, { italic: true });
  writeLine(8, 1, lastColumn, text.venue, { italic: true });

  const headerRow = 10;
  const header = sheet.getRow(headerRow);
  text.columns.forEach((title, index) => {
    const cell = header.getCell(index + 1);
    cell.value = title;
    cell.font = { name: font, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = cellBorder;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  header.height = 32;

  text.rows.forEach((row, i) => {
    const values = [row.index, row.unit, row.name, row.title, fitCell(row.answer), row.present];
    const sheetRow = sheet.getRow(headerRow + 1 + i);
    sheetRow.height = Math.min(409, Math.max(...values.map((value, index) => estimateHeight(String(value), columnWidths[index]!, 12))));
    values.forEach((value, index) => {
      const cell = sheetRow.getCell(index + 1);
      // An empty name or check-in stays a truly empty cell, so filters show it as (Blanks).
      cell.value = value === "" ? null : value;
      cell.font = { name: font, size: 12 };
      cell.alignment = { horizontal: index === 0 || index === 5 ? "center" : "left", vertical: "top", wrapText: true };
      cell.border = cellBorder;
    });
  });

  let next = headerRow + 1 + text.rows.length;
  if (text.noRows) {
    writeLine(next, 1, lastColumn, text.noRows, { size: 12 });
    for (let column = 1; column <= lastColumn; column++) sheet.getCell(next, column).border = cellBorder;
    next += 1;
  }
  next += 1;
  writeLine(next, 1, lastColumn, text.summary, { horizontal: "left" });
  sheet.getRow(next).height = estimateHeight(text.summary, totalWidth, 13);

  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
  sheet.autoFilter = { from: { row: headerRow, column: 1 }, to: { row: headerRow + Math.max(text.rows.length, 1), column: lastColumn } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
