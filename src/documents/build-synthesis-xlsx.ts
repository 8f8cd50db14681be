import { composeSynthesisText } from "./compose-synthesis-text.js";
import type { SynthesisTable, Translate } from "./synthesis-table.js";
import { createReportSheet } from "./xlsx-layout.js";

// The synthesis table (bảng tổng hợp ý kiến góp ý) as an Excel workbook: the same words as the Word file,
// one row per comment, ready for sorting and filtering.
export async function buildSynthesisXlsx(table: SynthesisTable, t: Translate): Promise<Buffer> {
  const text = composeSynthesisText(table, t);
  const sheet = createReportSheet({
    title: text.documentTitle,
    creator: text.headerLeaderUnit,
    created: table.generatedAt,
    sheetName: text.sheetName,
    columnWidths: [5, 10, 20, 44, 40],
    leftColumns: 3,
  });
  const last = sheet.lastColumn;
  // National header: issuing bloc and leader unit on the left, the motto and the place and date on the right.
  sheet.writeHeader(text);
  sheet.writeLine(5, 1, last, text.title, { bold: true, size: 14 });
  sheet.writeLine(6, 1, last, text.subtitle, { bold: true });
  const rows = text.rows.map((row) => [row.index, row.clause, row.unit, row.comment, row.response]);
  const closing = sheet.writeTable(8, text.columns, rows, { centred: [0, 1], empty: text.noComments }) + 1;
  let next = closing;
  for (const value of [text.summary, text.agreed, text.silent]) {
    if (value === null) continue;
    sheet.writeParagraph(next, value);
    next += 1;
  }
  sheet.writeFooter(text, next + 1, closing);
  return sheet.toBuffer();
}
