import { DomainError } from "../../../domain/domain-error.js";
import { acceptFile, maxUploadBytes } from "../../../domain/files/accept-file.js";
import type { ReportContent } from "../../../domain/reports/submit-report.js";
import { sha256Hex } from "../../../documents/sha256-hex.js";
import type { BotContext } from "../../bot-context.js";
import { downloadFile } from "../../download-file.js";

const minTextLength = 10;

// The report in a message: a Word, PDF or Excel file (downloaded once to fingerprint it) or a typed text.
export async function readReportContent(ctx: BotContext): Promise<ReportContent> {
  const message = ctx.message!;
  if ("document" in message) {
    const { document } = message;
    const file = acceptFile(
      { name: document.file_name, mimeType: document.mime_type, size: document.file_size },
      { kinds: ["docx", "pdf", "xlsx"], typeErrorCode: "reports.error_file_type", baseName: "bao-cao" },
    );
    const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxUploadBytes });
    return {
      fileId: document.file_id,
      fileName: file.name,
      mimeType: file.mimeType,
      text: null,
      sha256: sha256Hex(bytes),
    };
  }
  if ("text" in message && message.text.trim().length >= minTextLength) {
    const text = message.text.trim();
    return { fileId: null, fileName: null, mimeType: null, text, sha256: sha256Hex(Buffer.from(text, "utf8")) };
  }
  throw new DomainError("reports.error_need_report", { min: minTextLength });
}
