import { AlignmentType, type Paragraph, type Table } from "docx";
import type { BallotMinutesReport, Translate } from "./ballot-minutes.js";
import { composeBallotMinutesText, type MinutesTable } from "./compose-ballot-minutes-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { bodyParagraph, gridTable, line, type GridColumn } from "./docx-layout.js";

const centred = AlignmentType.CENTER;
const attendeeColumns: GridColumn[] = [{ share: 0.08, alignment: centred }, { share: 0.5 }, { share: 0.42 }];
const rankingColumns: GridColumn[] = [
  { share: 0.1, alignment: centred },
  { share: 0.45 },
  { share: 0.12, alignment: centred },
  { share: 0.12, alignment: centred },
  { share: 0.21 },
];
const tallyColumns: GridColumn[] = [
  { share: 0.08, alignment: centred },
  { share: 0.48 },
  { share: 0.14, alignment: centred },
  { share: 0.15, alignment: centred },
  { share: 0.15, alignment: centred },
];

const heading = (text: string) =>
  line(text, { bold: true }, { alignment: AlignmentType.LEFT, spacing: { before: 240, after: 80 }, keepNext: true });

function tableBlock(table: MinutesTable, columns: GridColumn[], options: { numbered?: boolean } = {}) {
  return [
    options.numbered
      ? line(
          table.heading,
          { bold: true, italics: true },
          { alignment: AlignmentType.LEFT, spacing: { before: 160 }, keepNext: true },
        )
      : heading(table.heading),
    ...table.notes.map((note) => bodyParagraph(note, { keepNext: true })),
    line("", {}, { spacing: { after: 60 } }),
    gridTable(columns, table.columns, table.rows, table.rows.length === 0 ? table.empty : null),
  ];
}

// The minutes of the year-end review meeting (biên bản họp bình xét thi đua) as a portrait A4 Word file in the
// administrative layout: the meeting, who attended and who did not, the ranking, how the vote went (counts only),
// each title's tally and the result, signed by the secretary and the chair.
export async function buildBallotMinutesDocx(t: Translate, report: BallotMinutesReport): Promise<Buffer> {
  const text = composeBallotMinutesText(report, t);
  const children: (Paragraph | Table)[] = [
    line(text.title, { bold: true, size: 28 }, { spacing: { before: 360, after: 240 } }),
    ...text.meeting.map((value) => bodyParagraph(value)),
    ...tableBlock(text.attendance, attendeeColumns),
    bodyParagraph(text.absent, { before: 120 }),
    ...tableBlock(text.ranking, rankingColumns),
    heading(text.ballotHeading),
    ...text.ballot.map((value) => bodyParagraph(value)),
    ...text.titles.flatMap((table) => tableBlock(table, tallyColumns, { numbered: true })),
    heading(text.resultHeading),
    ...text.result.map((value) => bodyParagraph(value, { keepNext: true })),
    bodyParagraph(text.closing, { before: 160, italics: true, keepNext: true }),
  ];
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerLeaderUnit ?? text.headerBloc,
    header: text,
    children,
  });
}
