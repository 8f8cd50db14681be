import { AlignmentType, Paragraph, TextRun } from "docx";
import { composeSynthesisText } from "./compose-synthesis-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { gridTable, landscapeContentWidth, line, type GridColumn } from "./docx-layout.js";
import type { SynthesisTable, Translate } from "./synthesis-table.js";

// The comment table is wide, so this document is landscape.
const columns: GridColumn[] = [
  { share: 0.05, alignment: AlignmentType.CENTER },
  { share: 0.12, alignment: AlignmentType.CENTER },
  { share: 0.18 },
  { share: 0.35 },
  { share: 0.3 },
];

// The synthesis table (bảng tổng hợp ý kiến góp ý) as a Word file in the Vietnamese administrative layout.
export async function buildSynthesisDocx(table: SynthesisTable, t: Translate): Promise<Buffer> {
  const text = composeSynthesisText(table, t);
  const rows = text.rows.map((row) => [String(row.index), row.clause, row.unit, row.comment, row.response]);
  const closing = [text.summary, text.agreed, text.silent]
    .filter((value): value is string => value !== null)
    .map(
      (value, index) =>
        new Paragraph({
          alignment: AlignmentType.JUSTIFIED,
          spacing: { before: index === 0 ? 240 : 120 },
          keepNext: true,
          children: [new TextRun({ text: value })],
        }),
    );
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerLeaderUnit,
    landscape: true,
    header: text,
    children: [
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }, { spacing: { after: 240 } }),
      gridTable(columns, text.columns, rows, text.noComments, { width: landscapeContentWidth, splitRows: true }),
      ...closing,
    ],
  });
}
