import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { sheetDeadline } from "./review-schedule.js";
import { notifySheet } from "./notify-sheet.js";

export type SubmitSheetOptions = { actor: Actor; sheetId: string; now: Date };

// The unit's signatory, or the member they named for this sheet, sends it before the deadline; from then on the
// unit cannot change a figure, and the leader unit is told it may review.
export async function submitSheet(db: Db, options: SubmitSheetOptions) {
  assertCan(options.actor, "sheet.submit");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertOwnSheet(sheet, options.actor);
    const personId = options.actor.person?.id ?? null;
    const as =
      options.actor.role === "signatory" ? "signatory" : personId && sheet.delegateId === personId ? "delegate" : null;
    if (!as) throw new DomainError("sheets.error_not_signatory");
    assertSheetState(sheet, ["draft"]);
    if (options.now > sheetDeadline(sheet, sheet.round)) throw new DomainError("sheets.error_past_deadline");
    const changed = await tx.scoreSheet.updateMany({
      where: { id: sheet.id, state: "draft" },
      data: { state: "submitted", submittedAt: options.now, submittedById: personId, submittedAs: as },
    });
    if (changed.count !== 1) throw new DomainError("sheets.error_stale");
    await notifySheet(tx, {
      intentId: `sheet-submitted:${sheet.id}`,
      blocId: sheet.round.blocId,
      audience: { kind: "leader_unit" },
      textKey: "sheets.submitted_notice",
      textParams: { unit: sheet.unitName, year: sheet.round.year },
      now: options.now,
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.submitted",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { as },
      now: options.now,
    });
    return { sheetId: sheet.id, as };
  });
}
