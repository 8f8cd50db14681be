import { z } from "zod";
import { readDocxClauses } from "../../../documents/read-docx-clauses.js";
import { sha256Hex } from "../../../documents/sha256.js";
import { DomainError } from "../../../domain/domain-error.js";
import { DraftClauseSchema } from "../../../domain/drafts/draft-clause.js";
import { maxDraftFileBytes } from "../../../domain/drafts/draft-kinds.js";
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

const docxMime = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

// A .docx or .pdf sent by the leader: checked, downloaded once to fingerprint it and, for .docx, to read its clauses.
export async function readDraftFile(ctx: BotContext, _deps: BotDeps): Promise<z.infer<typeof DraftFileSchema>> {
  const message = ctx.message;
  if (!message || !("document" in message)) throw new DomainError("drafts.error_need_document");
  const { document } = message;
  const name = document.file_name ?? "";
  const isDocx = /\.docx$/i.test(name) || document.mime_type === docxMime;
  const isPdf = /\.pdf$/i.test(name) || document.mime_type === "application/pdf";
  if (!isDocx && !isPdf) throw new DomainError("drafts.error_file_type", { name: name || "?" });
  if ((document.file_size ?? 0) > maxDraftFileBytes) throw new DomainError("drafts.error_file_too_big", { max: 20 });
  const bytes = await downloadFile(ctx.telegram, { fileId: document.file_id, maxBytes: maxDraftFileBytes });
  const clauses = isDocx ? await readDocxClauses(bytes) : [];
  return {
    fileId: document.file_id,
    fileName: name || (isDocx ? "du-thao.docx" : "du-thao.pdf"),
    mimeType: document.mime_type ?? (isDocx ? docxMime : "application/pdf"),
    fileSize: bytes.length,
    sha256: sha256Hex(bytes),
    clauses: clauses.map((c) => ({ id: c.id, chapter: c.chapter, number: c.number, label: c.label, title: c.title })),
  };
}
