import { createHash } from "node:crypto";
import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import { maxUploadBytes } from "../../files/accept-file.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { findScaleLeaf } from "./find-scale-leaf.js";
import { assertOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";

// kind: how Telegram holds the file; a photo's id is sent back with sendPhoto, a document's with sendDocument.
export type EvidenceFile = {
  telegramFileId: string;
  fileName: string;
  mimeType: string | null;
  kind?: "document" | "photo";
  bytes: Uint8Array;
};

export type AttachEvidenceOptions = { actor: Actor; sheetId: string; nodeId: string; file: EvidenceFile; now: Date };

// Evidence (minh chứng) for one leaf: the Telegram file is kept by id, with the SHA-256 of the bytes the bot
// downloaded, so the file reviewed is provably the one sent. The same file twice for a leaf is said so, not stored.
export async function attachEvidence(db: Db, options: AttachEvidenceOptions) {
  assertCan(options.actor, "sheet.fill");
  const { file } = options;
  if (file.bytes.byteLength === 0) throw new DomainError("sheets.error_empty_file");
  if (file.bytes.byteLength > maxUploadBytes)
    throw new DomainError("files.error_too_big", { max: maxUploadBytes >> 20 });
  const sha256 = createHash("sha256").update(file.bytes).digest("hex");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertOwnSheet(sheet, options.actor);
    // Evidence also backs an explanation, after the review.
    assertSheetState(sheet, ["draft", "reviewed", "explained"]);
    const { path } = await findScaleLeaf(tx, { scaleId: sheet.round.scaleId, nodeId: options.nodeId });
    const key = { sheetId: sheet.id, nodeId: options.nodeId, sha256 };
    if (await tx.scoreEvidence.findUnique({ where: { sheetId_nodeId_sha256: key } }))
      throw new DomainError("sheets.error_duplicate_evidence", { leaf: path });
    const evidence = await tx.scoreEvidence.create({
      data: {
        ...key,
        telegramFileId: file.telegramFileId,
        fileName: file.fileName,
        mimeType: file.mimeType,
        fileKind: file.kind ?? "document",
        size: file.bytes.byteLength,
        addedById: options.actor.person?.id ?? "operator",
        addedAt: options.now,
      },
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.evidence_added",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { nodeId: options.nodeId, path, fileName: file.fileName, sha256 },
      now: options.now,
    });
    return { evidenceId: evidence.id, sha256, path };
  });
}
