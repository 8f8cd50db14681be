import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertNotOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { notifySheet } from "./notify-sheet.js";

// The sheet is locked for good once every explanation has its second decision; a reviewed sheet nobody explained
// becomes final only after the explanation window has closed, so the unit is never cut short.
export async function finalizeSheet(db: Db, options: { actor: Actor; sheetId: string; now: Date }) {
  assertCan(options.actor, "review.decide");
  const { now } = options;
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertNotOwnSheet(sheet, options.actor);
    assertSheetState(sheet, ["reviewed", "explained", "rereviewed"]);
    const deadline = sheet.round.explanationDeadline;
    if (sheet.state === "reviewed" && deadline && now <= deadline)
      throw new DomainError("sheets.error_explanation_open");
    const explained = await tx.scoreExplanation.findMany({ where: { sheetId: sheet.id } });
    const decided = await tx.scoreEntry.findMany({ where: { sheetId: sheet.id, layer: "final" } });
    // Explanations sent with the draft were read during the review; only later ones wait for a second decision.
    const reviewedAt = sheet.reviewedAt?.getTime() ?? 0;
    const undecided = explained.filter(
      (e) => e.at.getTime() >= reviewedAt && !decided.some((d) => d.nodeId === e.nodeId),
    ).length;
    if (undecided > 0) throw new DomainError("sheets.error_undecided", { count: undecided });
    const actorId = options.actor.person?.id ?? null;
    await tx.scoreSheet.update({ where: { id: sheet.id }, data: { state: "final", finalAt: now, finalById: actorId } });
    await notifySheet(tx, {
      intentId: `sheet-final:${sheet.id}`,
      blocId: sheet.round.blocId,
      audience: { kind: "units", unitIds: [sheet.unitId] },
      textKey: "sheets.final_notice",
      textParams: { year: sheet.round.year, adjusted: decided.length },
      now,
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.finalized",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { explanations: explained.length },
      now,
    });
    return { sheetId: sheet.id };
  });
}
