import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IParagraphOptions,
} from "docx";
import { composeSynthesisText, type SynthesisText } from "./compose-synthesis-text.js";
import type { SynthesisTable, Translate } from "./synthesis-table.js";

// Decree 30/2020/NĐ-CP layout: A4, Times New Roman 13–14 pt, margins top/bottom 20 mm, left 30 mm, right 20 mm.
// The table is wide, so the page is landscape. Sizes are in twips (1 mm ≈ 56.7) and half-points.
const font = "Times New Roman";
const page = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
const contentWidth = page.height - page.left - page.right;
const headerWidths = [Math.round(contentWidth * 0.42), contentWidth - Math.round(contentWidth * 0.42)];
const columnShares = [0.05, 0.12, 0.18, 0.35, 0.3];
const columnWidths = columnShares.map((share) => Math.round(contentWidth * share));
columnWidths[4] = contentWidth - columnWidths.slice(0, 4).reduce((a, b) => a + b, 0);

const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
const noBorders = { top: noBorder, bottom: noBorder, left: noBorder, right: noBorder, insideHorizontal: noBorder, insideVertical: noBorder };
const thinLine = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
const cellBorders = { top: thinLine, bottom: thinLine, left: thinLine, right: thinLine, insideHorizontal: thinLine, insideVertical: thinLine };

type RunStyle = { bold?: boolean; italics?: boolean; size?: number };

function line(text: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [new TextRun({ text, ...style })] });
}

// The short rule under the issuing unit and under the motto: an empty paragraph whose bottom border is narrowed by
// indents, which Word and LibreOffice both draw as a centred line.
function rule(cellWidth: number, ruleWidth: number): Paragraph {
  const indent = Math.max(0, Math.round((cellWidth - ruleWidth) / 2));
  return new Paragraph({
    indent: { left: indent, right: indent },
    spacing: { before: 0, after: 120, line: 120 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } },
    children: [],
  });
}

// Comments keep the line breaks people typed in Telegram: one paragraph per line.
function textParagraphs(text: string, options: { bold?: boolean; alignment?: IParagraphOptions["alignment"] } = {}): Paragraph[] {
  return text.split(/\r?\n/).map(
    (part) =>
      new Paragraph({
        alignment: options.alignment ?? AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
        children: [new TextRun({ text: part, bold: options.bold ?? false, size: 24 })],
      }),
  );
}

function nationalHeader(text: SynthesisText): Table {
  const [leftWidth, rightWidth] = headerWidths as [number, number];
  const cell = (width: number, children: Paragraph[]) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: noBorders, children });
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths: headerWidths,
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [
      new TableRow({
        children: [
          cell(leftWidth, [line(text.headerBloc, { size: 26 }), line(text.headerLeaderUnit, { bold: true, size: 26 }), rule(leftWidth, 1800)]),
          cell(rightWidth, [
            line(text.mottoCountry, { bold: true, size: 26 }),
            line(text.mottoSlogan, { bold: true, size: 28 }),
            rule(rightWidth, 3400),
            line(text.datePlace, { italics: true, size: 28 }),
          ]),
        ],
      }),
    ],
  });
}

function commentTable(text: SynthesisText): Table {
  const cell = (index: number, children: Paragraph[], shaded = false) =>
    new TableCell({
      width: { size: columnWidths[index]!, type: WidthType.DXA },
      verticalAlign: shaded ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 80, right: 80 },
      shading: shaded ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
      children,
    });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: text.columns.map((title, index) => cell(index, textParagraphs(title, { bold: true, alignment: AlignmentType.CENTER }), true)),
  });
  const rows = text.rows.map(
    (row) =>
      new TableRow({
        children: [
          cell(0, textParagraphs(String(row.index), { alignment: AlignmentType.CENTER })),
          cell(1, textParagraphs(row.clause, { alignment: AlignmentType.CENTER })),
          cell(2, textParagraphs(row.unit)),
          cell(3, textParagraphs(row.comment)),
          cell(4, textParagraphs(row.response)),
        ],
      }),
  );
  const empty = text.noComments
    ? [new TableRow({ children: [new TableCell({ columnSpan: 5, width: { size: contentWidth, type: WidthType.DXA }, children: textParagraphs(text.noComments, { alignment: AlignmentType.CENTER }) })] })]
    : [];
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths,
    layout: TableLayoutType.FIXED,
    borders: cellBorders,
    rows: [header, ...rows, ...empty],
  });
}

function closingLines(text: SynthesisText): Paragraph[] {
  return [text.summary, text.agreed, text.silent]
    .filter((value): value is string => value !== null)
    .map((value, index) => new Paragraph({ alignment: AlignmentType.JUSTIFIED, spacing: { before: index === 0 ? 240 : 120 }, children: [new TextRun({ text: value })] }));
}

// The synthesis table (bảng tổng hợp ý kiến góp ý) as a Word file in the Vietnamese administrative layout.
export async function buildSynthesisDocx(table: SynthesisTable, t: Translate): Promise<Buffer> {
  const text = composeSynthesisText(table, t);
  const document = new Document({
    title: text.documentTitle,
    creator: text.headerLeaderUnit,
    styles: { default: { document: { run: { font, size: 26 }, paragraph: { spacing: { after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: page.width, height: page.height, orientation: PageOrientation.LANDSCAPE },
            margin: { top: page.top, bottom: page.bottom, left: page.left, right: page.right },
          },
        },
        children: [
          nationalHeader(text),
          line(text.title, { bold: true, size: 28 }, { spacing: { before: 360 } }),
          line(text.subtitle, { bold: true, size: 26 }, { spacing: { after: 240 } }),
          commentTable(text),
          ...closingLines(text),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
