import { composeScoringResultsText } from "./compose-scoring-results-text.js";
import type { ScoringResultsReport, Translate } from "./scoring-results.js";
import { createReportWorkbook } from "./xlsx-layout.js";

const summaryHeaderRow = 9;
const sectionHeaderRow = 4;
const provisionalFont = { argb: "FFC00000" };

// The results table (bảng tổng hợp kết quả chấm điểm) as a workbook: a summary sheet of totals, ranks and bands
// under the administrative header, then one sheet per top-level section with the self, review and final points of
// every unit. A4 landscape, header row repeated on every printed page.
export async function buildScoringResultsXlsx(report: ScoringResultsReport, t: Translate): Promise<Buffer> {
  const text = composeScoringResultsText(report, t);
  const book = createReportWorkbook({ title: text.documentTitle, creator: text.headerBloc, created: report.date });
  const summary = book.addSheet({
    sheetName: text.summarySheetName,
    // One A4 landscape page wide at 100 %.
    columnWidths: [6, 32, 11, 11, 12, 10, 10, 22],
    leftColumns: 3,
  });
  const last = summary.lastColumn;
  summary.writeHeader(text);
  summary.writeLine(5, 1, last, text.title, { bold: true, size: 14 });
  summary.writeLine(6, 1, last, text.subtitle, { bold: true });
  summary.writeLine(7, 1, last, text.status, { bold: text.provisional, italic: !text.provisional });
  if (text.provisional)
    summary.sheet.getCell(7, 1).font = { ...summary.sheet.getCell(7, 1).font, color: provisionalFont };
  const rows = text.summaryRows.map((row) => [
    row.index,
    row.unit,
    row.total,
    row.bonus,
    row.assignedMax,
    row.percent ?? "",
    row.rank,
    row.band,
  ]);
  const afterSummary = summary.writeTable(summaryHeaderRow, text.summaryColumns, rows, {
    centred: [0, 2, 3, 4, 5, 6],
    empty: null,
    blankAsEmpty: true,
  });
  summary.sheet.views = [{ state: "frozen", xSplit: 0, ySplit: summaryHeaderRow }];
  summary.writeFooter(text, afterSummary + 2, afterSummary);
  for (const section of text.sections) {
    const sheet = book.addSheet({
      sheetName: section.sheetName,
      columnWidths: [6, 46, 16, 16, 16],
      leftColumns: 2,
    });
    sheet.writeLine(1, 1, sheet.lastColumn, section.title, { bold: true, size: 14 });
    sheet.writeLine(2, 1, sheet.lastColumn, text.status, { italic: true, size: 12 });
    const cells = section.rows.map((row) => [row.index, row.unit, row.self ?? "", row.review ?? "", row.final ?? ""]);
    sheet.writeTable(sectionHeaderRow, text.sectionColumns, cells, {
      centred: [0, 2, 3, 4],
      empty: null,
      blankAsEmpty: true,
    });
    sheet.sheet.views = [{ state: "frozen", xSplit: 0, ySplit: sectionHeaderRow }];
  }
  return book.toBuffer();
}
