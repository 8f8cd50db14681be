import { DomainError } from "../domain-error.js";

// What people send: Word, PDF and Excel files, and photos of signed papers, recognised by extension or by the
// type the client reports.
export const fileTypes = {
  docx: { extension: /\.docx$/i, mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  pdf: { extension: /\.pdf$/i, mime: "application/pdf" },
  xlsx: { extension: /\.xlsx$/i, mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  jpg: { extension: /\.jpe?g$/i, mime: "image/jpeg" },
  png: { extension: /\.png$/i, mime: "image/png" },
} as const;

export type FileKind = keyof typeof fileTypes;

// Telegram's bots may download files up to 20 MB; anything larger could not be read or fingerprinted.
export const maxUploadBytes = 20 * 1024 * 1024;

export type IncomingFile = { name?: string | null; mimeType?: string | null; size?: number | null };
export type AcceptedFile = { kind: FileKind; name: string; mimeType: string };

// The one check for every upload (drafts, minutes, reports, signing): an allowed kind, within the size limit.
// `typeErrorCode` names the kinds the setting expects; `baseName` names a file the client sent without one.
export function acceptFile(
  file: IncomingFile,
  options: { kinds: FileKind[]; typeErrorCode: string; baseName: string },
): AcceptedFile {
  const name = file.name ?? "";
  const kind = options.kinds.find((k) => fileTypes[k].extension.test(name) || fileTypes[k].mime === file.mimeType);
  if (!kind) throw new DomainError(options.typeErrorCode, { name: name || "?" });
  if ((file.size ?? 0) > maxUploadBytes) throw new DomainError("files.error_too_big", { max: maxUploadBytes >> 20 });
  return { kind, name: name || `${options.baseName}.${kind}`, mimeType: file.mimeType ?? fileTypes[kind].mime };
}
