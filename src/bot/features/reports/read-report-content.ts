import { DomainError } from "../../../domain/domain-error.js";
import { acceptFile, maxUploadBytes, type FileKind } from "../../../domain/files/accept-file.js";
import type { ReportContent } from "../../../domain/reports/submit-report.js";
import { sha256Hex } from "../../../documents/sha256-hex.js";
import type { BotContext } from "../../bot-context.js";
import { downloadFile } from "../../download-file.js";

const minTextLength = 10;

// Telegram sends a photo in several sizes; the largest is the readable one. It has no name and is a JPEG.
function photoUpload(sizes: { file_id: string; file_size?: number }[]) {
  const largest = sizes.at(-1)!;
  return {
    fileId: largest.file_id,
    fileKind: "photo" as const,
    incoming: { name: null, mimeType: "image/jpeg", size: largest.file_size },
  };
}

// A signed report is often photographed or scanned: a photo, an image file or a PDF counts as the file.
const reportKinds: FileKind[] = ["docx", "pdf", "xlsx", "jpg", "png"];

// The report in a message: a file or photo (downloaded once to fingerprint it) or a typed text.
export async function readReportContent(ctx: BotContext): Promise<ReportContent> {
  const message = ctx.message!;
  const upload =
    "document" in message
      ? {
          fileId: message.document.file_id,
          fileKind: "document" as const,
          incoming: {
            name: message.document.file_name,
            mimeType: message.document.mime_type,
            size: message.document.file_size,
          },
        }
      : "photo" in message && message.photo.length > 0
        ? photoUpload(message.photo)
        : null;
  if (upload) {
    const file = acceptFile(upload.incoming, {
      kinds: reportKinds,
      typeErrorCode: "reports.error_file_type",
      baseName: "bao-cao",
    });
    const bytes = await downloadFile(ctx.telegram, { fileId: upload.fileId, maxBytes: maxUploadBytes });
    return {
      fileId: upload.fileId,
      fileName: file.name,
      mimeType: file.mimeType,
      fileKind: upload.fileKind,
      text: null,
      sha256: sha256Hex(bytes),
    };
  }
  if ("text" in message && message.text.trim().length >= minTextLength) {
    const text = message.text.trim();
    return {
      fileId: null,
      fileName: null,
      mimeType: null,
      fileKind: null,
      text,
      sha256: sha256Hex(Buffer.from(text, "utf8")),
    };
  }
  throw new DomainError("reports.error_need_report", { min: minTextLength });
}
