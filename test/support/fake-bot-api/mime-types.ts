import path from "node:path";

// Telegram assigns a document's mime_type from its file name; telegraf never sends a part content-type.
const BY_EXTENSION: Record<string, string> = {
  ".txt": "text/plain",
  ".csv": "text/csv",
  ".json": "application/json",
  ".pdf": "application/pdf",
  ".zip": "application/zip",
  ".doc": "application/msword",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".xls": "application/vnd.ms-excel",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
  ".yaml": "application/x-yaml",
  ".yml": "application/x-yaml",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".png": "image/png",
  ".gif": "image/gif",
  ".webp": "image/webp",
};

export function guessMimeType(fileName: string): string {
  return BY_EXTENSION[path.extname(fileName).toLowerCase()] ?? "application/octet-stream";
}
