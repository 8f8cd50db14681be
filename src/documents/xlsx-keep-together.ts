import type ExcelJS from "exceljs";

// A4 landscape between the 0.79 in margins, less a little for LibreOffice's and Excel's own rounding.
const pageHeightPt = 595 - 2 * 57 - 12;
// Excel's height for a row nobody sized.
const defaultRowHeightPt = 15;

const heightOf = (sheet: ExcelJS.Worksheet, row: number) => sheet.getRow(row).height || defaultRowHeightPt;

// Excel has no "keep with next" for rows, so the page break is placed by hand: every row height is set by this
// layout, and when rows `from`–`to` (the signature block) would not fit below what precedes them on the page, the
// page breaks before `from`. Pages after the first start with the repeated title rows.
export function keepRowsTogether(sheet: ExcelJS.Worksheet, from: number, to: number, titleRows: number[]): void {
  const titleHeight = titleRows.reduce((total, row) => total + heightOf(sheet, row), 0);
  let used = 0;
  let pageStart = true;
  for (let row = 1; row < from; row++) {
    const height = heightOf(sheet, row);
    if (used + height > pageHeightPt) {
      used = titleHeight;
      pageStart = false;
    }
    used += height;
  }
  let block = 0;
  for (let row = from; row <= to; row++) block += heightOf(sheet, row);
  const emptyPage = pageStart ? used === 0 : used <= titleHeight;
  if (!emptyPage && used + block > pageHeightPt) sheet.getRow(from - 1).addPageBreak();
}
