import { z } from "zod";
import { readDocxClauses } from "../../../documents/read-docx-clauses.js";
import { sha256Hex } from "../../../documents/sha256-hex.js";
import { DomainError } from "../../../domain/domain-error.js";
import { acceptFile, maxUploadBytes } from "../../../domain/files/accept-file.js";
import { DraftClauseSchema } from "../../../domain/drafts/draft-clause.js";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { downloadFile } from "../../download-file.js";

export const DraftFileSchema = z.object({
  fileId: z.string(),
  fileName: z.string(),
  mimeType: z.string().nullable(),
  fileSize: z.number(),
  sha256: z.string(),
  clauses: z.array(DraftClauseSchema),
});

// A .docx or .pdf sent by the leader: checked, downloaded once to fingerprint it and, for .docx, to read its clauses.
export async function readDraftFile(ctx: BotContext, _deps: BotDeps): Promise<z.infer<typeof DraftFileSchema>> {
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("drafts.error_need_document");
  const { document } = message;
  const file = acceptFile(
    { name: document.file_name, mimeType: document.mime_type, size: document.file_size },
    { kinds: ["docx", "pdf"], typeErrorCode: "drafts.error_file_type", baseName: "du-thao" },
  );
  const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxUploadBytes });
  const clauses = file.kind === "docx" ? await readDocxClauses(bytes) : [];
  return {
    fileId: document.file_id,
    fileName: file.name,
    mimeType: file.mimeType,
    fileSize: bytes.length,
    sha256: sha256Hex(bytes),
    clauses: clauses.map((c) => ({ id: c.id, chapter: c.chapter, number: c.number, label: c.label, title: c.title })),
  };
}
