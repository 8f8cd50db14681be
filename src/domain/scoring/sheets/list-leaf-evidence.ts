import type { Db } from "../../../db/create-database.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCanViewSheet } from "./assert-can-view-sheet.js";
import { findSheet } from "./find-sheet.js";

export type ListLeafEvidenceOptions = { actor: Actor; sheetId: string; path: string };

// The evidence files of one leaf, oldest first, for the unit itself or a reviewer to open: each kept by its
// Telegram file id (sent back as it came, a photo as a photo) with the SHA-256 taken when it was received.
export async function listLeafEvidence(db: Db, options: ListLeafEvidenceOptions) {
  const sheet = await findSheet(db, options);
  assertCanViewSheet(sheet, options.actor);
  const node = await db.scaleNode.findUnique({
    where: { scaleId_path: { scaleId: sheet.round.scaleId, path: options.path } },
  });
  if (!node || node.kind === "section") throw new DomainError("sheets.error_no_leaf");
  const files = await db.scoreEvidence.findMany({
    where: { sheetId: sheet.id, nodeId: node.id },
    // Files added in the same instant keep the order they came in (cuids grow).
    orderBy: [{ addedAt: "asc" }, { id: "asc" }],
  });
  if (files.length === 0) throw new DomainError("scoresheet.error_no_evidence", { leaf: node.path });
  return {
    unitName: sheet.unitName,
    path: node.path,
    title: node.title,
    files: files.map((file) => ({
      telegramFileId: file.telegramFileId,
      fileName: file.fileName,
      kind: file.fileKind === "photo" ? ("photo" as const) : ("document" as const),
      sha256: file.sha256,
      size: file.size,
      addedAt: file.addedAt,
    })),
  };
}
