import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { checkSheetValue } from "./check-sheet-value.js";
import { findScaleLeaf } from "./find-scale-leaf.js";
import { assertSelfEditable } from "./assert-self-editable.js";
import { findSheet } from "./find-sheet.js";
import type { SheetValue } from "./sheet-value.js";
import { writeScoreEntry } from "./write-score-entry.js";

export type SaveSelfEntryOptions = { actor: Actor; sheetId: string; nodeId: string; value: SheetValue; now: Date };

// The unit's own figure for one leaf, while its sheet is a draft and the round's deadline has not passed. A leaf
// computed from the reporting record is not the unit's to change: it explains it after the review instead.
export async function saveSelfEntry(db: Db, options: SaveSelfEntryOptions) {
  assertCan(options.actor, "sheet.fill");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertSelfEditable(sheet, options.actor, options.now);
    const { leaf, mayBeUnassigned, path } = await findScaleLeaf(tx, {
      scaleId: sheet.round.scaleId,
      nodeId: options.nodeId,
    });
    const existing = await tx.scoreEntry.findUnique({
      where: { sheetId_nodeId_layer: { sheetId: sheet.id, nodeId: leaf.id, layer: "self" } },
    });
    if (existing?.bound) throw new DomainError("sheets.error_bound_leaf", { leaf: path });
    checkSheetValue({ leaf, mayBeUnassigned, path }, options.value);
    await writeScoreEntry(tx, {
      sheetId: sheet.id,
      nodeId: leaf.id,
      layer: "self",
      value: options.value,
      actorId: options.actor.person?.id ?? null,
      now: options.now,
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.entry_saved",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { nodeId: leaf.id, path, value: options.value },
      now: options.now,
    });
    return { sheetId: sheet.id, path };
  });
}
