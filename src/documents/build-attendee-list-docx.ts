import { AlignmentType, Document, Packer, PageOrientation } from "docx";
import type { AttendeeList, Translate } from "./attendee-list.js";
import { composeAttendeeListText } from "./compose-attendee-list-text.js";
import { bodyParagraph, font, gridTable, line, nationalHeader, portraitPage } from "./portrait-docx-layout.js";

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
  const document = new Document({
    title: text.documentTitle,
    creator: text.headerBloc,
    styles: { default: { document: { run: { font, size: 26 }, paragraph: { spacing: { after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: portraitPage.width, height: portraitPage.height, orientation: PageOrientation.PORTRAIT },
            margin: { top: portraitPage.top, bottom: portraitPage.bottom, left: portraitPage.left, right: portraitPage.right },
          },
        },
        children: [
          nationalHeader(text),
          line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
          line(text.subtitle, { bold: true, size: 26 }),
          line(text.when, { italics: true }, { spacing: { before: 120 } }),
          line(text.venue, { italics: true }, { spacing: { after: 240 } }),
          gridTable(columns, text.columns, rows, text.noRows),
          bodyParagraph(text.summary, { before: 240 }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
