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
// Decree 30/2020/NĐ-CP layout on A4: Times New Roman 13–14 pt, margins top/bottom 20 mm, left 30 mm, right 20 mm.
// Sizes are in twips (1 mm ≈ 56.7) and half-points. Wide tables use the page in landscape.
export const font = "Times New Roman";
// Courier New ships with Word and has Vietnamese glyphs; LibreOffice substitutes Liberation Mono, which has them too.
export const monospaceFont = "Courier New";
const a4 = { width: 11906, height: 16838, top: 1134, bottom: 1134, left: 1701, right: 1134 };
export const portraitContentWidth = a4.width - a4.left - a4.right;
export const landscapeContentWidth = a4.height - a4.left - a4.right;

const noBorder = { style: BorderStyle.NONE, size: 0, color: "FFFFFF" };
export const noBorders = {
  top: noBorder,
  bottom: noBorder,
  left: noBorder,
  right: noBorder,
  insideHorizontal: noBorder,
  insideVertical: noBorder,
};
const thinLine = { style: BorderStyle.SINGLE, size: 4, color: "000000" };
export const cellBorders = {
  top: thinLine,
  bottom: thinLine,
  left: thinLine,
  right: thinLine,
  insideHorizontal: thinLine,
  insideVertical: thinLine,
};

export type RunStyle = { bold?: boolean; italics?: boolean; size?: number; font?: string };

export function line(text: string, style: RunStyle = {}, options: IParagraphOptions = {}): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, ...options, children: [new TextRun({ text, ...style })] });
}

// Text typed in Telegram keeps its line breaks: one paragraph per line.
export function textParagraphs(
  text: string,
  options: { bold?: boolean; size?: number; alignment?: IParagraphOptions["alignment"] } = {},
): Paragraph[] {
  return text.split(/\r?\n/).map(
    (part) =>
      new Paragraph({
        alignment: options.alignment ?? AlignmentType.LEFT,
        spacing: { before: 40, after: 40 },
        children: [new TextRun({ text: part, bold: options.bold ?? false, size: options.size ?? 24 })],
      }),
  );
}

export type GridColumn = { share: number; alignment?: IParagraphOptions["alignment"] };

// A bordered table with a shaded header row repeated on every page; `rows` are already words, one string per cell.
// Rows with long free text (comments) may break across pages; short rows are kept whole.
export function gridTable(
  columns: GridColumn[],
  header: string[],
  rows: string[][],
  empty: string | null,
  options: { width?: number; splitRows?: boolean } = {},
): Table {
  const tableWidth = options.width ?? portraitContentWidth;
  const widths = columns.map((column) => Math.round(tableWidth * column.share));
  widths[widths.length - 1] = tableWidth - widths.slice(0, -1).reduce((a, b) => a + b, 0);
  const cell = (index: number, children: Paragraph[], shaded = false) =>
    new TableCell({
      width: { size: widths[index]!, type: WidthType.DXA },
      verticalAlign: shaded ? VerticalAlign.CENTER : VerticalAlign.TOP,
      margins: { left: 80, right: 80 },
      shading: shaded ? { type: ShadingType.CLEAR, fill: "E7E6E6", color: "auto" } : undefined,
      children,
    });
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: header.map((title, index) =>
      cell(index, textParagraphs(title, { bold: true, alignment: AlignmentType.CENTER }), true),
    ),
  });
  const bodyRows = rows.map(
    (values) =>
      new TableRow({
        cantSplit: !options.splitRows,
        children: values.map((value, index) =>
          cell(index, textParagraphs(value, { alignment: columns[index]!.alignment ?? AlignmentType.LEFT })),
        ),
      }),
  );
  const emptyRows = empty
    ? [
        new TableRow({
          children: [
            new TableCell({
              columnSpan: columns.length,
              width: { size: tableWidth, type: WidthType.DXA },
              children: textParagraphs(empty, { alignment: AlignmentType.CENTER }),
            }),
          ],
        }),
      ]
    : [];
  return new Table({
    width: { size: tableWidth, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: cellBorders,
    rows: [headerRow, ...bodyRows, ...emptyRows],
  });
}

export function bodyParagraph(
  text: string,
  options: { before?: number; italics?: boolean; bold?: boolean; keepNext?: boolean } = {},
): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    spacing: { before: options.before ?? 80 },
    // The closing paragraphs go with the signature block, which is never alone on a page.
    keepNext: options.keepNext ?? false,
    children: [new TextRun({ text, italics: options.italics ?? false, bold: options.bold ?? false })],
  });
}

// An A4 Word document in the administrative default style (Times New Roman 13 pt, no space after paragraphs).
export async function a4Document(options: {
  title: string;
  creator: string;
  landscape?: boolean;
  children: (Paragraph | Table)[];
}): Promise<Buffer> {
  const document = new Document({
    title: options.title,
    creator: options.creator.replace(/\n/g, " "),
    styles: { default: { document: { run: { font, size: 26 }, paragraph: { spacing: { after: 0 } } } } },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: a4.width,
              height: a4.height,
              orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: { top: a4.top, bottom: a4.bottom, left: a4.left, right: a4.right },
          },
        },
        children: options.children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
