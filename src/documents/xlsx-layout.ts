import ExcelJS from "exceljs";
import type { NationalHeaderText } from "./document-header.js";

const font = "Times New Roman";
// Excel refuses a cell longer than this; a longer text is cut rather than the whole file being rejected.
const maxCellLength = 32_767;
// Sheet names: at most 31 characters, none of : \ / ? * [ ].
const sheetNameForbidden = /[:\\/?*[\]]/g;
const thin = { style: "thin" as const, color: { argb: "FF000000" } };
const cellBorder: Partial<ExcelJS.Borders> = { top: thin, bottom: thin, left: thin, right: thin };

export function fitCell(text: string): string {
  return text.length <= maxCellLength ? text : `${text.slice(0, maxCellLength - 1)}…`;
}

// Merged cells do not grow with wrapped text in Excel or LibreOffice, so their height is estimated from the length.
function estimateHeight(text: string, charsPerLine: number, size: number): number {
  const lines = text.split("\n").reduce((total, part) => total + Math.max(1, Math.ceil(part.length / charsPerLine)), 0);
  return Math.max(1, lines) * (size + 5);
}

export type LineStyle = { bold?: boolean; italic?: boolean; size?: number; horizontal?: "left" | "center" | "justify" };

type WriteLine = (row: number, from: number, to: number, value: string, style?: LineStyle) => void;

// The administrative header over rows 1–3: the bloc (and the leader unit under it) over the first `leftColumns`
// columns, the motto and the place and date over the rest. The bloc is bold when it stands alone, as in Word.
function writeNationalHeader(write: WriteLine, lastColumn: number, text: NationalHeaderText, leftColumns: number) {
  const right = leftColumns + 1;
  write(1, 1, leftColumns, text.headerBloc, { bold: text.headerLeaderUnit === null, size: 12 });
  write(1, right, lastColumn, text.mottoCountry, { bold: true, size: 12 });
  if (text.headerLeaderUnit !== null) write(2, 1, leftColumns, text.headerLeaderUnit, { bold: true, size: 12 });
  write(2, right, lastColumn, text.mottoSlogan, { bold: true });
  write(3, right, lastColumn, text.datePlace, { italic: true });
}

// The table's shaded column titles.
function writeHeaderRow(sheet: ExcelJS.Worksheet, headerRow: number, columns: string[]) {
  const header = sheet.getRow(headerRow);
  columns.forEach((title, index) => {
    const cell = header.getCell(index + 1);
    cell.value = title;
    cell.font = { name: font, size: 12, bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = cellBorder;
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE7E6E6" } };
  });
  header.height = 32;
}

export type ReportWorkbookOptions = { title: string; creator: string; created: Date };
export type ReportSheetOptions = { sheetName: string; orientation: "portrait" | "landscape"; columnWidths: number[] };

// Excel compares sheet names without case and refuses a repeat, so a name cut to 31 characters that collides with an
// earlier one gets a " (2)", " (3)"… suffix instead of breaking the file.
function uniqueSheetName(workbook: ExcelJS.Workbook, wanted: string): string {
  // A leading or trailing apostrophe is refused too.
  const base =
    wanted
      .replace(sheetNameForbidden, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31)
      .trim() || "Sheet1";
  const taken = new Set(workbook.worksheets.map((sheet) => sheet.name.toLocaleLowerCase()));
  let name = base;
  for (let n = 2; taken.has(name.toLocaleLowerCase()); n++) {
    const suffix = ` (${n})`;
    name = `${base.slice(0, 31 - suffix.length).trimEnd()}${suffix}`;
  }
  return name;
}

// A workbook of one or more report sheets, for exports that need more than one table.
export function createReportWorkbook(options: ReportWorkbookOptions) {
  const workbook = new ExcelJS.Workbook();
  workbook.title = options.title;
  workbook.creator = options.creator;
  workbook.created = options.created;
  return {
    addSheet: (sheetOptions: ReportSheetOptions) => addReportSheet(workbook, sheetOptions),
    toBuffer: async () => Buffer.from(await workbook.xlsx.writeBuffer()),
  };
}

// One A4 sheet in the administrative style, alone in its workbook.
export function createReportSheet(options: ReportWorkbookOptions & ReportSheetOptions) {
  const book = createReportWorkbook(options);
  return { ...book.addSheet(options), toBuffer: book.toBuffer };
}

// One A4 sheet in the administrative style: header lines over merged cells, then a bordered, filterable table
// whose header row repeats on every printed page.
function addReportSheet(workbook: ExcelJS.Workbook, options: ReportSheetOptions) {
  const { columnWidths } = options;
  const lastColumn = columnWidths.length;
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, options.sheetName), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: options.orientation,
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

  return {
    // For what the shared layout does not cover: number formats, fills, frozen panes.
    sheet,
    lastColumn,
    writeLine,
    writeHeader: (text: NationalHeaderText, leftColumns: number) =>
      writeNationalHeader(writeLine, lastColumn, text, leftColumns),
    // A full-width paragraph below the table.
    writeParagraph(row: number, value: string) {
      writeLine(row, 1, lastColumn, value, { horizontal: "left" });
      sheet.getRow(row).height = estimateHeight(value, totalWidth, 13);
    },
    // The table: shaded header, one row per entry (cells centred where asked), or a boxed note when there are none.
    // Returns the first free row after it.
    writeTable(
      headerRow: number,
      columns: string[],
      rows: (string | number)[][],
      options: { centred: number[]; empty: string | null; blankAsEmpty?: boolean },
    ): number {
      writeHeaderRow(sheet, headerRow, columns);
      rows.forEach((values, i) => {
        const sheetRow = sheet.getRow(headerRow + 1 + i);
        // LibreOffice keeps the default height for wrapped text it did not lay out itself, so the height is set here,
        // up to 409 pt, the tallest row Excel allows.
        sheetRow.height = Math.min(
          409,
          Math.max(...values.map((value, index) => estimateHeight(String(value), columnWidths[index]!, 12))),
        );
        values.forEach((value, index) => {
          const cell = sheetRow.getCell(index + 1);
          // An empty cell stays truly empty where asked, so filters show it as (Blanks).
          cell.value = options.blankAsEmpty && value === "" ? null : typeof value === "string" ? fitCell(value) : value;
          cell.font = { name: font, size: 12 };
          cell.alignment = {
            horizontal: options.centred.includes(index) ? "center" : "left",
            vertical: "top",
            wrapText: true,
          };
          cell.border = cellBorder;
        });
      });
      let next = headerRow + 1 + rows.length;
      if (options.empty) {
        writeLine(next, 1, lastColumn, options.empty, { size: 12 });
        for (let column = 1; column <= lastColumn; column++) sheet.getCell(next, column).border = cellBorder;
        next += 1;
      }
      sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
      sheet.autoFilter = {
        from: { row: headerRow, column: 1 },
        to: { row: headerRow + Math.max(rows.length, 1), column: lastColumn },
      };
      return next;
    },
  };
}
