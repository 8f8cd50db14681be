import type { AttendeeList, Translate } from "./attendee-list.js";
import { composeAttendeeListText } from "./compose-attendee-list-text.js";
import { createReportSheet } from "./xlsx-layout.js";

// The conference attendee list (danh sách đại biểu) as an Excel workbook: the same words as the Word file,
// one row per attendee, ready for sorting and filtering. Check-in times are text in the bloc's zone, because an
// Excel date carries no time zone.
export async function buildAttendeeListXlsx(list: AttendeeList, t: Translate): Promise<Buffer> {
  const text = composeAttendeeListText(list, t);
  const sheet = createReportSheet({
    title: text.documentTitle,
    creator: text.headerBloc,
    created: list.generatedAt,
    sheetName: text.sheetName,
    columnWidths: [5, 26, 21, 17, 26, 9, 14],
    leftColumns: 2,
  });
  const last = sheet.lastColumn;
  // Header: the bloc on the left, the motto and the place and date on the right.
  sheet.writeHeader(text);
  sheet.writeLine(5, 1, last, text.title, { bold: true, size: 14 });
  sheet.writeLine(6, 1, last, text.subtitle, { bold: true });
  sheet.writeLine(7, 1, last, text.when, { italic: true });
  sheet.writeLine(8, 1, last, text.venue, { italic: true });
  const rows = text.rows.map((row) => [row.index, row.unit, row.name, row.title, row.answer, row.present, row.sign]);
  const next =
    sheet.writeTable(10, text.columns, rows, { centred: [0, 5, 6], empty: text.noRows, blankAsEmpty: true }) + 1;
  // Room in every row for a hand signature in "Ký tên".
  rows.forEach((_, i) => (sheet.sheet.getRow(11 + i).height = Math.max(sheet.sheet.getRow(11 + i).height ?? 0, 30)));
  sheet.writeParagraph(next, text.summary);
  sheet.writeFooter(text, next + 2, next);
  return sheet.toBuffer();
}
