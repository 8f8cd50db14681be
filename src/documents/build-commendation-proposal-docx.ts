import { AlignmentType, type Paragraph, type Table } from "docx";
import type { CommendationProposalReport, Translate } from "./commendation-proposal.js";
import { composeCommendationProposalText } from "./compose-commendation-proposal-text.js";
import { administrativeDocument } from "./docx-administrative.js";
import { bodyParagraph, gridTable, line, type GridColumn } from "./docx-layout.js";

const centred = AlignmentType.CENTER;
const columns: GridColumn[] = [
  { share: 0.07, alignment: centred },
  { share: 0.28 },
  { share: 0.11, alignment: centred },
  { share: 0.12, alignment: centred },
  { share: 0.16 },
  { share: 0.1, alignment: centred },
  { share: 0.16, alignment: centred },
];

// The proposal for commendation (tờ trình đề nghị khen thưởng) to the provincial council as a portrait A4 Word
// file in the administrative layout: addressee, basis, one table of proposed units per title (final score, share
// of points, votes), the dossier, then "Nơi nhận" and the leader's signature for the bloc.
export async function buildCommendationProposalDocx(t: Translate, report: CommendationProposalReport): Promise<Buffer> {
  const text = composeCommendationProposalText(report, t);
  const titles: (Paragraph | Table)[] = text.titles.flatMap((title) => [
    line(
      title.heading,
      { bold: true },
      { alignment: AlignmentType.LEFT, spacing: { before: 200, after: 80 }, keepNext: true },
    ),
    gridTable(columns, text.columns, title.rows, title.rows.length === 0 ? text.noUnits : null),
  ]);
  return administrativeDocument({
    title: text.documentTitle,
    creator: text.headerLeaderUnit ?? text.headerBloc,
    header: text,
    children: [
      line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
      line(text.subtitle, { bold: true, size: 26 }, { spacing: { after: 240 } }),
      line(text.addressee, {}, { spacing: { after: 240 } }),
      ...text.basis.map((value) => bodyParagraph(value, { italics: true })),
      bodyParagraph(text.request, { before: 120 }),
      ...titles,
      ...(text.noProposals ? [bodyParagraph(text.noProposals, { before: 120 })] : []),
      bodyParagraph(text.attachmentsTitle, { bold: true, italics: true, before: 240, keepNext: true }),
      ...text.attachments.map((value) => bodyParagraph(value, { keepNext: true })),
      bodyParagraph(text.closing, { before: 160, keepNext: true }),
    ],
  });
}
