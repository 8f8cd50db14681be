import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";

// The signatory names one member of the same unit who may submit the sheet in their place (as for signing).
export async function delegateSheet(db: Db, options: { actor: Actor; sheetId: string; delegateId: string; now: Date }) {
  assertCan(options.actor, "sheet.submit");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertOwnSheet(sheet, options.actor);
    if (options.actor.role !== "signatory") throw new DomainError("sheets.error_not_signatory");
    assertSheetState(sheet, ["draft"]);
    const member = await tx.membership.findFirst({
      where: { personId: options.delegateId, unitId: sheet.unitId, removedAt: null },
    });
    if (!member) throw new DomainError("sheets.error_delegate_not_member");
    await tx.scoreSheet.update({ where: { id: sheet.id }, data: { delegateId: options.delegateId } });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.delegated",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { delegateId: options.delegateId },
      now: options.now,
    });
    return { sheetId: sheet.id };
  });
}
