import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type { NationalHeaderText } from "./document-header.js";
import { a4Document, landscapeContentWidth, line, noBorders, portraitContentWidth } from "./docx-layout.js";
import { wrapToWidth } from "./wrap-to-width.js";

// Half-point sizes and rule lengths of the header; the landscape page has room for the larger ones.
type HeaderScale = { small: number; large: number; leftRule: number; rightRule: number };
const portraitScale: HeaderScale = { small: 24, large: 26, leftRule: 1600, rightRule: 3200 };
const landscapeScale: HeaderScale = { small: 26, large: 28, leftRule: 1800, rightRule: 3400 };
// Share of the width for the issuer; the motto, in bold capitals, needs the rest on one line.
const leftShare = 0.4;
// Headroom for the difference between the Times metrics and the font the reader actually has.
const widthSafety = 0.94;

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

// A borderless two-cell row without cell margins, so the widths the lines were measured against are the real ones.
function twoColumns(width: number, left: Paragraph[], right: Paragraph[]): Table {
  const leftWidth = Math.round(width * leftShare);
  const cell = (cellWidth: number, children: Paragraph[]) =>
    new TableCell({
      width: { size: cellWidth, type: WidthType.DXA },
      borders: noBorders,
      margins: { left: 0, right: 0 },
      children,
    });
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [leftWidth, width - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ cantSplit: true, children: [cell(leftWidth, left), cell(width - leftWidth, right)] })],
  });
}

// Lines of an issuer name, each one a paragraph, broken where the Times metrics say the column is full.
function issuerLines(text: string, cellWidth: number, size: number, bold: boolean): Paragraph[] {
  return wrapToWidth(text, { widthPt: (cellWidth / 20) * widthSafety, sizePt: size / 2, bold }).map((part) =>
    line(part, { size, bold }),
  );
}

// The issuing body and "Số: …/…" on the left, the national motto with the place and date on the right.
function nationalHeader(text: NationalHeaderText, width: number, scale: HeaderScale): Table {
  const leftWidth = Math.round(width * leftShare);
  const rightWidth = width - leftWidth;
  return twoColumns(
    width,
    [
      ...issuerLines(text.headerBloc, leftWidth, scale.small, text.headerLeaderUnit === null),
      ...(text.headerLeaderUnit ? issuerLines(text.headerLeaderUnit, leftWidth, scale.small, true) : []),
      rule(leftWidth, scale.leftRule),
      line(text.number, { size: scale.large }),
    ],
    [
      line(text.mottoCountry, { bold: true, size: scale.small }),
      line(text.mottoSlogan, { bold: true, size: scale.large }),
      rule(rightWidth, scale.rightRule),
      line(text.datePlace, { italics: true, size: scale.large }),
    ],
  );
}

// A signature column: the authority ("TM." the bloc) when there is one, the function, room for the hand signature
// and the seal, then the name.
function signatureColumn(authority: string, title: string, name: string): Paragraph[] {
  return [
    ...(authority ? [line(authority, { bold: true, size: 26 })] : []),
    line(title, { bold: true, size: 26 }),
    line(name, { bold: true, size: 26 }, { spacing: { before: 1200 } }),
  ];
}

// "Nơi nhận:" with its list on the left (or the countersignature, for the minutes); the signer on the right.
function documentFooter(text: NationalHeaderText, width: number): Table {
  const { footer } = text;
  const left = (value: string, style: { size: number; bold?: boolean; italics?: boolean }) =>
    new Paragraph({ alignment: AlignmentType.LEFT, children: [new TextRun({ text: value, ...style })] });
  return twoColumns(
    width,
    footer.countersign
      ? signatureColumn("", footer.countersign.title, footer.countersign.name)
      : [
          left(footer.recipientsTitle, { size: 24, bold: true, italics: true }),
          ...footer.recipients.map((recipient) => left(recipient, { size: 22 })),
        ],
    signatureColumn(footer.signAuthority, footer.signTitle, footer.signerName),
  );
}

// An A4 administrative document: the national header, the body, then the recipients and the signature block.
export async function administrativeDocument(options: {
  title: string;
  creator: string;
  landscape?: boolean;
  header: NationalHeaderText;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const width = options.landscape ? landscapeContentWidth : portraitContentWidth;
  return a4Document({
    title: options.title,
    creator: options.creator,
    landscape: options.landscape,
    children: [
      nationalHeader(options.header, width, options.landscape ? landscapeScale : portraitScale),
      ...options.children,
      new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [] }),
      documentFooter(options.header, width),
    ],
  });
}
