import type { BuildComplianceFile, ComplianceStatus } from "./compliance-report.js";
import { composeComplianceText } from "./compose-compliance-text.js";
import { createReportWorkbook } from "./xlsx-layout.js";

// Excel's own Good / Neutral / Bad cell styles, so a late or missing report stands out the way users already know.
const statusStyle: Record<ComplianceStatus, { fill: string | null; font: string }> = {
  on_time: { fill: "FFC6EFCE", font: "FF006100" },
  late: { fill: "FFFFEB9C", font: "FF9C5700" },
  missing: { fill: "FFFFC7CE", font: "FF9C0006" },
  pending: { fill: null, font: "FF595959" },
  not_required: { fill: "FFF2F2F2", font: "FF808080" },
};

const summaryHeaderRow = 9;
const obligationHeaderRow = 4;

// The reporting-regime compliance workbook: a summary sheet of on-time rates per unit, then one sheet per obligation
// showing every unit against every period of the year. Submission times are text in the bloc's zone, because an
// Excel date carries no time zone.
export const buildComplianceXlsx: BuildComplianceFile = async (report, t) => {
  const text = composeComplianceText(report, t);
  const book = createReportWorkbook({
    title: text.documentTitle,
    creator: text.headerBloc,
    created: report.generatedAt,
  });

  const summary = book.addSheet({
    sheetName: text.summarySheetName,
    columnWidths: [6, 40, 14, 12, 12, 12, 14],
    leftColumns: 2,
  });
  const last = summary.lastColumn;
  summary.writeHeader(text);
  summary.writeLine(5, 1, last, text.title, { bold: true, size: 14 });
  summary.writeLine(6, 1, last, text.subtitle, { bold: true });
  summary.writeLine(7, 1, last, text.generatedAt, { italic: true });
  const { total } = text;
  const rows = [...text.summaryRows, { ...total, index: "", unit: total.label }].map((row) => [
    row.index,
    row.unit,
    row.due,
    row.onTime,
    row.late,
    row.missing,
    // Rounded so the row height, estimated from the value's digits, stays one line; 66.7% shows the same.
    row.rate === null ? text.noRate : Math.round(row.rate * 1e6) / 1e6,
  ]);
  const afterSummary = summary.writeTable(summaryHeaderRow, text.summaryColumns, rows, {
    centred: [0, 2, 3, 4, 5, 6],
    empty: null,
    blankAsEmpty: true,
  });
  const totalRow = afterSummary - 1;
  for (let row = summaryHeaderRow + 1; row <= totalRow; row++) summary.sheet.getCell(row, last).numFmt = "0.0%";
  summary.sheet.getRow(totalRow).eachCell((cell) => (cell.font = { ...cell.font, bold: true }));
  // The whole-bloc row stays below the units when the table is sorted or filtered.
  summary.sheet.autoFilter = {
    from: { row: summaryHeaderRow, column: 1 },
    to: { row: Math.max(totalRow - 1, summaryHeaderRow + 1), column: last },
  };
  summary.writeParagraph(afterSummary + 1, text.rateNote);
  summary.writeFooter(text, afterSummary + 3, afterSummary + 1);

  for (const obligation of text.obligations) {
    const periods = obligation.columns.length - 2;
    const sheet = book.addSheet({
      sheetName: obligation.sheetName,
      columnWidths: [6, 34, ...Array<number>(periods).fill(16)],
      leftColumns: 2,
    });
    sheet.writeLine(1, 1, sheet.lastColumn, obligation.title, { bold: true, size: 14 });
    sheet.writeLine(2, 1, sheet.lastColumn, text.sheetSubtitle, { italic: true });
    const cells = obligation.rows.map((row) => [row.index, row.unit, ...row.cells.map((cell) => cell.text)]);
    const centred = [0, ...Array.from({ length: periods }, (_, i) => i + 2)];
    const after = sheet.writeTable(obligationHeaderRow, obligation.columns, cells, {
      centred,
      empty: obligation.noPeriods,
    });
    obligation.rows.forEach((row, i) =>
      row.cells.forEach((status, j) => {
        const cell = sheet.sheet.getCell(obligationHeaderRow + 1 + i, 3 + j);
        const style = statusStyle[status.status];
        cell.font = { ...cell.font, color: { argb: style.font }, bold: status.status === "missing" };
        if (style.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: style.fill } };
      }),
    );
    // Twelve monthly columns do not fit a screen: the unit names and the period headers stay in view.
    sheet.sheet.views = [{ state: "frozen", xSplit: 2, ySplit: obligationHeaderRow }];
    sheet.writeParagraph(after + 1, text.legend);
  }
  return book.toBuffer();
};
