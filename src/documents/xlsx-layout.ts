import type ExcelJS from "exceljs";
import { loadExcelJs } from "../domain/files/load-on-first-use.js";
import type { NationalHeaderText } from "./document-header.js";
import { keepRowsTogether } from "./xlsx-keep-together.js";
import { wrapToWidth } from "./wrap-to-width.js";

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

type WriteLine = ((row: number, from: number, to: number, value: string, style?: LineStyle) => void) & {
  leftColumns: number;
};

// Printed at 100% on A4 landscape, the page has 842 − 85 − 57 pt between the margins. A column `w` characters of
// Calibri 11 (the workbook's default font) wide measures about 5.6·w + 4 pt as LibreOffice prints it, a little
// more than in Excel. A wider sheet prints across pages with its first columns repeated, never shrunk below the
// 12 pt it is written in.
const printableWidthPt = 700;
export function columnWidthPt(width: number): number {
  return width * 5.6 + 4;
}

// An issuer name broken into lines where the Times metrics say the merged cell is full, so Excel does not break it
// inside a name. Cells keep about 3 pt of padding on each side.
function issuerText(text: string, widthPt: number, bold: boolean): string {
  return wrapToWidth(text, { widthPt: (widthPt - 6) * 0.94, sizePt: 12, bold }).join("\n");
}

// The administrative header over rows 1–3: the bloc (and the leader unit under it) and "Số: …/…" over the first
// `leftColumns` columns, the motto and the place and date over the rest. The bloc is bold when it stands alone.
function writeNationalHeader(write: WriteLine, lastColumn: number, text: NationalHeaderText, leftWidthPt: number) {
  const { leftColumns } = write;
  const right = leftColumns + 1;
  write(1, 1, leftColumns, issuerText(text.headerBloc, leftWidthPt, text.headerLeaderUnit === null), {
    bold: text.headerLeaderUnit === null,
    size: 12,
  });
  write(1, right, lastColumn, text.mottoCountry, { bold: true, size: 12 });
  if (text.headerLeaderUnit !== null)
    write(2, 1, leftColumns, issuerText(text.headerLeaderUnit, leftWidthPt, true), { bold: true, size: 12 });
  write(2, right, lastColumn, text.mottoSlogan, { bold: true });
  write(3, 1, leftColumns, text.number);
  write(3, right, lastColumn, text.datePlace, { italic: true });
}

// "Nơi nhận:" and its list on the left; on the right the signer's authority and function, three empty rows for the
// signature, then the name. Returns the first free row after it.
function writeFooter(write: WriteLine, lastColumn: number, text: NationalHeaderText, row: number): number {
  const { leftColumns } = write;
  const right = leftColumns + 1;
  const { footer } = text;
  write(row, 1, leftColumns, footer.recipientsTitle, { bold: true, italic: true, size: 12, horizontal: "left" });
  footer.recipients.forEach((recipient, i) =>
    write(row + 1 + i, 1, leftColumns, recipient, { size: 11, horizontal: "left" }),
  );
  write(row, right, lastColumn, footer.signAuthority, { bold: true });
  write(row + 1, right, lastColumn, footer.signTitle, { bold: true });
  const nameRow = Math.max(row + 5, row + footer.recipients.length + 1);
  write(nameRow, right, lastColumn, footer.signerName, { bold: true });
  return nameRow + 1;
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
// `leftColumns`: how many of the first columns the issuer's half of the header and footer spans.
export type ReportSheetOptions = { sheetName: string; columnWidths: number[]; leftColumns: number };

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
  const workbook = new (loadExcelJs().Workbook)();
  workbook.title = options.title;
  workbook.creator = options.creator.replace(/\n/g, " ");
  workbook.created = options.created;
  return {
    addSheet: (sheetOptions: ReportSheetOptions) => addReportSheet(workbook, sheetOptions),
    toBuffer: async () => {
      // Everything written, header to signature, and nothing else is printed.
      for (const sheet of workbook.worksheets)
        sheet.pageSetup.printArea = `A1:${sheet.getColumn(sheet.columnCount).letter}${sheet.rowCount}`;
      return Buffer.from(await workbook.xlsx.writeBuffer());
    },
  };
}

// One A4 sheet in the administrative style, alone in its workbook.
export function createReportSheet(options: ReportWorkbookOptions & ReportSheetOptions) {
  const book = createReportWorkbook(options);
  return { ...book.addSheet(options), toBuffer: book.toBuffer };
}

// The footer, on one page with the closing rows from `keepFrom` on.
function writeSignedFooter(
  sheet: ExcelJS.Worksheet,
  write: WriteLine,
  text: NationalHeaderText,
  row: { at: number; keepFrom: number },
) {
  // The rows left empty between parts are gaps, not lines of text: narrow, so a short document fits one page.
  for (let gap = 1; gap < row.at; gap++) if (!sheet.getRow(gap).hasValues) sheet.getRow(gap).height = 8;
  const next = writeFooter(write, sheet.columns.length, text, row.at);
  const [first = 0, last = 0] = (sheet.pageSetup.printTitlesRow ?? "").split(":").map(Number);
  const titles = first > 0 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : [];
  keepRowsTogether(sheet, row.keepFrom, next - 1, titles);
  return next;
}

// One A4 sheet in the administrative style: header lines over merged cells, then a bordered, filterable table
// whose header row repeats on every printed page.
function addReportSheet(workbook: ExcelJS.Workbook, options: ReportSheetOptions) {
  const { columnWidths } = options;
  const lastColumn = columnWidths.length;
  const sheet = workbook.addWorksheet(uniqueSheetName(workbook, options.sheetName), {
    pageSetup: {
      paperSize: 9, // A4
      orientation: "landscape",
      // Never shrunk to fit: fit-to-page printed these sheets at 6–9 pt.
      fitToPage: false,
      scale: 100,
      horizontalCentered: true,
      margins: { left: 1.18, right: 0.79, top: 0.79, bottom: 0.79, header: 0.3, footer: 0.3 },
    },
  });
  sheet.columns = columnWidths.map((width) => ({ width }));
  const totalWidth = columnWidths.reduce((a, b) => a + b, 0);

  const widthPt = (from: number, to: number) =>
    columnWidths.slice(from - 1, to).reduce((total, width) => total + columnWidthPt(width), 0);
  // Columns beyond the page's width print on the next page across, with the first two columns repeated.
  if (widthPt(1, lastColumn) > printableWidthPt) sheet.pageSetup.printTitlesColumn = "A:B";
  const write = (row: number, from: number, to: number, value: string, style: LineStyle = {}) => {
    if (to > from) sheet.mergeCells(row, from, row, to);
    const cell = sheet.getCell(row, from);
    cell.value = fitCell(value);
    cell.font = { name: font, size: style.size ?? 13, bold: style.bold ?? false, italic: style.italic ?? false };
    cell.alignment = { horizontal: style.horizontal ?? "center", vertical: "middle", wrapText: true };
    const width = columnWidths.slice(from - 1, to).reduce((a, b) => a + b, 0);
    sheet.getRow(row).height = Math.max(sheet.getRow(row).height ?? 0, estimateHeight(value, width, style.size ?? 13));
  };
  const writeLine: WriteLine = Object.assign(write, { leftColumns: options.leftColumns });

  return {
    // For what the shared layout does not cover: number formats, fills, frozen panes.
    sheet,
    lastColumn,
    writeLine,
    writeHeader: (text: NationalHeaderText) =>
      writeNationalHeader(writeLine, lastColumn, text, widthPt(1, options.leftColumns)),
    // The recipients and the signature block from `row`, printed on one page with the closing rows from `keepFrom`
    // on; returns the first free row after it.
    writeFooter: (text: NationalHeaderText, row: number, keepFrom = row) =>
      writeSignedFooter(sheet, writeLine, text, { at: row, keepFrom }),
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
