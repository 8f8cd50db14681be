import { AlignmentType, type Paragraph, type Table } from "docx";
import { composeScoringResultsText, formatPoints } from "./compose-scoring-results-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { bodyParagraph, gridTable, landscapeContentWidth, line, type GridColumn } from "./docx-layout.js";
import type { ScoringResultsReport, Translate } from "./scoring-results.js";

const centred = AlignmentType.CENTER;
const summaryColumns: GridColumn[] = [
  { share: 0.05, alignment: centred },
  { share: 0.3 },
  { share: 0.1, alignment: centred },
  { share: 0.1, alignment: centred },
  { share: 0.11, alignment: centred },
  { share: 0.09, alignment: centred },
  { share: 0.08, alignment: centred },
  { share: 0.17 },
];
const sectionColumns: GridColumn[] = [
  { share: 0.06, alignment: centred },
  { share: 0.46 },
  { share: 0.16, alignment: centred },
  { share: 0.16, alignment: centred },
  { share: 0.16, alignment: centred },
];

// The results table as a Word file in the administrative layout (Decree 30/2020/NĐ-CP): header and motto, place
// and date, bold title, the totals and ranks, then one table per top-level section. A4 landscape.
export async function buildScoringResultsDocx(report: ScoringResultsReport, t: Translate): Promise<Buffer> {
  const text = composeScoringResultsText(report, t);
  const width = landscapeContentWidth;
  const points = (value: number | null) => formatPoints(value, t);
  const summaryRows = text.summaryRows.map((row) => [
    String(row.index),
    row.unit,
    points(row.total),
    points(row.bonus),
    points(row.assignedMax),
    points(row.percent),
    String(row.rank),
    row.band,
  ]);
  const sections: (Paragraph | Table)[] = text.sections.flatMap((section) => [
    line(section.title, { bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 360, after: 120 } }),
    gridTable(
      sectionColumns,
      text.sectionColumns,
      section.rows.map((row) => [String(row.index), row.unit, points(row.self), points(row.review), points(row.final)]),
      null,
      { width },
    ),
  ]);
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerLeaderUnit ?? text.headerBloc,
    landscape: true,
    header: text,
    children: [
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }, { spacing: { after: 120 } }),
      bodyParagraph(text.status, { italics: !text.provisional, bold: text.provisional, before: 120 }),
      gridTable(summaryColumns, text.summaryColumns, summaryRows, null, { width }),
      ...sections,
    ],
  });
}
