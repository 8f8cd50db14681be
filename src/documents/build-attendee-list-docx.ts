import { AlignmentType } from "docx";
import type { AttendeeList, Translate } from "./attendee-list.js";
import { composeAttendeeListText } from "./compose-attendee-list-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { bodyParagraph, gridTable, landscapeContentWidth, line } from "./docx-layout.js";

const columns = [
  { share: 0.07, alignment: AlignmentType.CENTER },
  { share: 0.21 },
  { share: 0.17 },
  { share: 0.15 },
  { share: 0.17 },
  { share: 0.1, alignment: AlignmentType.CENTER },
  { share: 0.13 },
];

// The conference attendee list (danh sách đại biểu) as a landscape A4 Word file, one row per attendee.
export async function buildAttendeeListDocx(list: AttendeeList, t: Translate): Promise<Buffer> {
  const text = composeAttendeeListText(list, t);
  const rows = text.rows.map((row) => [
    String(row.index),
    row.unit,
    row.name,
    row.title,
    row.answer,
    row.present,
    row.sign,
  ]);
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerBloc,
    // Seven columns, one of them for the hand signature, need the page's width.
    landscape: true,
    header: text,
    children: [
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }),
      line(text.when, { italics: true }, { spacing: { before: 120 } }),
      line(text.venue, { italics: true }, { spacing: { after: 240 } }),
      gridTable(columns, text.columns, rows, text.noRows, { width: landscapeContentWidth }),
      bodyParagraph(text.summary, { before: 240, keepNext: true }),
    ],
  });
}
