import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { notifySheet } from "./notify-sheet.js";
import { sheetDeadline } from "./review-schedule.js";

export type SubmitExplanationOptions = { actor: Actor; sheetId: string; nodeId: string; text: string; now: Date };

// The unit explains (giải trình) one leaf, once: a bound leaf before the sheet deadline, an adjusted one before the
// explanation deadline; the reviewer is told.
export async function submitExplanation(db: Db, options: SubmitExplanationOptions) {
  assertCan(options.actor, "sheet.explain");
  const text = options.text.trim();
  if (!text) throw new DomainError("sheets.error_explanation_empty");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertOwnSheet(sheet, options.actor);
    // A leaf computed from the reporting record may be explained while the sheet is a draft (the reviewer reads it);
    // any adjusted leaf may be explained after the review.
    assertSheetState(sheet, ["draft", "reviewed", "explained"]);
    const draft = sheet.state === "draft";
    const deadline = draft ? sheetDeadline(sheet, sheet.round) : sheet.round.explanationDeadline;
    if (deadline && options.now > deadline) throw new DomainError("sheets.error_explanation_closed");
    const key = { sheetId: sheet.id, nodeId: options.nodeId };
    const layer = draft ? "self" : "review";
    const entry = await tx.scoreEntry.findUnique({ where: { sheetId_nodeId_layer: { ...key, layer } } });
    if (!entry || (draft && !entry.bound)) throw new DomainError("sheets.error_not_adjusted");
    if (await tx.scoreExplanation.findUnique({ where: { sheetId_nodeId: key } }))
      throw new DomainError("sheets.error_already_explained");
    const node = await tx.scaleNode.findUniqueOrThrow({ where: { id: options.nodeId } });
    await tx.scoreExplanation.create({
      data: { ...key, text, byId: options.actor.person?.id ?? "operator", at: options.now },
    });
    if (!draft) await tx.scoreSheet.update({ where: { id: sheet.id }, data: { state: "explained" } });
    await notifySheet(tx, {
      intentId: `sheet-explained:${sheet.id}:${options.nodeId}`,
      blocId: sheet.round.blocId,
      audience: { kind: "leader_unit" },
      textKey: "sheets.explained_notice",
      textParams: { unit: sheet.unitName, leaf: node.path, text },
      now: options.now,
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.explained",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { nodeId: options.nodeId, path: node.path, text },
      now: options.now,
    });
    return { sheetId: sheet.id, path: node.path };
  });
}
