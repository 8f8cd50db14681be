import { AlignmentType } from "docx";
import type { AttendeeList, Translate } from "./attendee-list.js";
import { composeAttendeeListText } from "./compose-attendee-list-text.js";
import { a4Document, bodyParagraph, gridTable, line, nationalHeader } from "./docx-layout.js";

const columns = [
  { share: 0.08, alignment: AlignmentType.CENTER },
  { share: 0.23 },
  { share: 0.19 },
  { share: 0.17 },
  { share: 0.21 },
  { share: 0.12, alignment: AlignmentType.CENTER },
];

// The conference attendee list (danh sách đại biểu) as a portrait A4 Word file, one row per attendee.
export async function buildAttendeeListDocx(list: AttendeeList, t: Translate): Promise<Buffer> {
  const text = composeAttendeeListText(list, t);
  const rows = text.rows.map((row) => [String(row.index), row.unit, row.name, row.title, row.answer, row.present]);
  return a4Document({
    title: text.documentTitle,
    creator: text.headerBloc,
    children: [
      nationalHeader(text),
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }),
      line(text.when, { italics: true }, { spacing: { before: 120 } }),
      line(text.venue, { italics: true }, { spacing: { after: 240 } }),
      gridTable(columns, text.columns, rows, text.noRows),
      bodyParagraph(text.summary, { before: 240 }),
    ],
  });
}
