import path from "node:path";
import { guessMimeType } from "./mime-types.js";

export type FileKind = "document" | "photo";

export type StoredFile = {
  file_id: string;
  file_unique_id: string;
  file_size: number;
  file_path: string;
  kind: FileKind;
  fileName?: string;
  mimeType: string;
  bytes: Buffer;
};

export type FileInfo = { file_id: string; file_unique_id: string; file_size: number };

// Real file_ids start with a kind-specific prefix; keeping them lets log readers tell the kinds apart.
const ID_PREFIX: Record<FileKind, string> = { document: "BQACAgIAAxkB", photo: "AgACAgIAAxkB" };
const DIRECTORY: Record<FileKind, string> = { document: "documents", photo: "photos" };

/** Files the fake "Telegram" holds: uploads by the bot and files seeded as sent by users. */
export class FileStore {
  private byId = new Map<string, StoredFile>();
  private byPath = new Map<string, StoredFile>();
  private counter = 0;

  add(bytes: Uint8Array | string, options: { kind?: FileKind; fileName?: string; mimeType?: string } = {}): StoredFile {
    const n = ++this.counter;
    const kind = options.kind ?? "document";
    const data = typeof bytes === "string" ? Buffer.from(bytes, "utf8") : Buffer.from(bytes);
    const extension = options.fileName ? path.extname(options.fileName) : kind === "photo" ? ".jpg" : "";
    const file: StoredFile = {
      file_id: `${ID_PREFIX[kind]}fake${String(n).padStart(6, "0")}`,
      file_unique_id: `AgADfake${n}`,
      file_size: data.length,
      file_path: `${DIRECTORY[kind]}/file_${n}${extension}`,
      kind,
      ...(options.fileName !== undefined ? { fileName: options.fileName } : {}),
      mimeType:
        options.mimeType ??
        (options.fileName
          ? guessMimeType(options.fileName)
          : kind === "photo"
            ? "image/jpeg"
            : "application/octet-stream"),
      bytes: data,
    };
    this.byId.set(file.file_id, file);
    this.byPath.set(file.file_path, file);
    return file;
  }

  get(fileId: string): StoredFile | undefined {
    return this.byId.get(fileId);
  }

  atPath(filePath: string): StoredFile | undefined {
    return this.byPath.get(filePath);
  }
}

export const fileInfo = (file: StoredFile): FileInfo => ({
  file_id: file.file_id,
  file_unique_id: file.file_unique_id,
  file_size: file.file_size,
});

/** The `document` object of a message carrying this file. */
export const documentOf = (file: StoredFile) => ({
  ...(file.fileName !== undefined ? { file_name: file.fileName } : {}),
  mime_type: file.mimeType,
  ...fileInfo(file),
});
