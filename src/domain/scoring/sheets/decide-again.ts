import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { checkSheetValue } from "./check-sheet-value.js";
import { findScaleLeaf } from "./find-scale-leaf.js";
import { assertNotOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { requiredReason } from "./required-reason.js";
import { valueOfEntry, type SheetValue } from "./sheet-value.js";
import { writeScoreEntry } from "./write-score-entry.js";

export type SecondDecision = { kind: "keep" } | { kind: "change"; value: SheetValue };

export type DecideAgainOptions = {
  actor: Actor;
  sheetId: string;
  nodeId: string;
  decision: SecondDecision;
  reason: string;
  now: Date;
};

// After the unit's explanation the reviewer decides once more on that leaf: keep the adjusted figure or take
// another; either way with a reason, in the final layer, which prevails over both earlier ones.
export async function decideAgain(db: Db, options: DecideAgainOptions) {
  assertCan(options.actor, "review.decide");
  const reason = requiredReason(options.reason);
  const { now } = options;
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertNotOwnSheet(sheet, options.actor);
    assertSheetState(sheet, ["explained", "rereviewed"]);
    const key = { sheetId: sheet.id, nodeId: options.nodeId };
    if (!(await tx.scoreExplanation.findUnique({ where: { sheetId_nodeId: key } })))
      throw new DomainError("sheets.error_not_explained");
    if (await tx.scoreEntry.findUnique({ where: { sheetId_nodeId_layer: { ...key, layer: "final" } } }))
      throw new DomainError("sheets.error_already_decided");
    const { leaf, mayBeUnassigned, path } = await findScaleLeaf(tx, {
      scaleId: sheet.round.scaleId,
      nodeId: options.nodeId,
    });
    let value: SheetValue;
    if (options.decision.kind === "change") {
      value = options.decision.value;
      checkSheetValue({ leaf, mayBeUnassigned, path }, value);
    } else {
      const review = await tx.scoreEntry.findUniqueOrThrow({
        where: { sheetId_nodeId_layer: { ...key, layer: "review" } },
      });
      value = valueOfEntry(review);
    }
    await writeScoreEntry(tx, {
      ...key,
      layer: "final",
      value,
      actorId: options.actor.person?.id ?? null,
      reason,
      now,
    });
    await tx.scoreSheet.update({ where: { id: sheet.id }, data: { state: "rereviewed" } });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.decided_again",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { nodeId: leaf.id, path, decision: options.decision.kind, value, reason },
      now,
    });
    return { sheetId: sheet.id, path };
  });
}
