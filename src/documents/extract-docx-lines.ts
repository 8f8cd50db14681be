import { loadMammoth } from "../domain/files/load-on-first-use.js";
import { checkDocxSize } from "./check-docx-size.js";
import { DocumentReadError } from "./document-read-error.js";

// The parts of mammoth's document model we read; everything else is walked through by `children`.
type ModelElement = { type?: unknown; value?: unknown; breakType?: unknown; children?: unknown };

const zipMagic = [0x50, 0x4b, 0x03, 0x04];
// Password-protected .docx files and old binary .doc files are OLE compound files, not zips.
const compoundFileMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return bytes.length >= magic.length && magic.every((byte, i) => bytes[i] === byte);
}

function childrenOf(element: ModelElement): ModelElement[] {
  return Array.isArray(element.children) ? (element.children as ModelElement[]) : [];
}

// A paragraph's text with soft line breaks kept as "\n"; paragraphs nested in it (text boxes) are read on their own.
function paragraphText(paragraph: ModelElement, nested: ModelElement[]): string {
  let text = "";
  const visit = (element: ModelElement) => {
    if (element.type === "paragraph") return void nested.push(element);
    if (element.type === "text" && typeof element.value === "string") text += element.value;
    else if (element.type === "tab") text += "\t";
    else if (element.type === "break" && element.breakType !== "page") text += "\n";
    childrenOf(element).forEach(visit);
  };
  childrenOf(paragraph).forEach(visit);
  return text;
}

function collectLines(element: ModelElement, lines: string[]): void {
  if (element.type !== "paragraph") return childrenOf(element).forEach((child) => collectLines(child, lines));
  const nested: ModelElement[] = [];
  lines.push(...paragraphText(element, nested).split("\n"));
  nested.forEach((child) => collectLines(child, lines));
}

// The body's lines in reading order (paragraphs, table cells; tracked deletions left out, as mammoth does).
// Mammoth's raw-text mode would glue "Chương I" and a title after a soft line break into one word, so the lines
// are taken from its document model instead, through its documented `transformDocument` hook.
export async function extractDocxLines(bytes: Uint8Array): Promise<string[]> {
  if (startsWith(bytes, compoundFileMagic)) throw new DocumentReadError("documents.error_protected");
  if (!startsWith(bytes, zipMagic)) throw new DocumentReadError("documents.error_unreadable");
  await checkDocxSize(bytes);
  const lines: string[] = [];
  const mammoth = loadMammoth();
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Only the text matters: pictures are not read into base64 (a 20 MB draft is mostly pictures), and a
        // document linking to files on the server's disk is not followed.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
        externalFileAccess: false,
        transformDocument: (document: ModelElement) => {
          collectLines(document, lines);
          return document;
        },
      },
    );
  } catch (error) {
    throw new DocumentReadError("documents.error_unreadable", { cause: error });
  }
  return lines;
}
