import type { Db } from "../../../db/create-database.js";
import { auditActor } from "../../audit/audit-actor.js";
import { recordAudit } from "../../audit/record-audit.js";
import { dateTimeParam } from "../../delivery/enqueue-messages.js";
import { DomainError } from "../../domain-error.js";
import type { Actor } from "../../people/load-actor.js";
import { assertCan } from "../../policy/policy.js";
import { assertNotOwnSheet, assertSheetState, findSheet } from "./find-sheet.js";
import { notifySheet } from "./notify-sheet.js";
import { sheetDeadline } from "./review-schedule.js";

export type ExtendSheetOptions = { actor: Actor; sheetId: string; until: Date; now: Date };

// Gia hạn: the leader unit (or the board, for the leader unit's own sheet) gives a unit still filling in its sheet a
// deadline of its own. The unit may then fill and submit until then; its reminders and escalations follow it.
export async function extendSheet(db: Db, options: ExtendSheetOptions) {
  assertCan(options.actor, "review.extend");
  const { now, until } = options;
  if (until <= now) throw new DomainError("drafts.error_past_date");
  return db.$transaction(async (tx) => {
    const sheet = await findSheet(tx, options);
    assertNotOwnSheet(sheet, options.actor);
    assertSheetState(sheet, ["draft"]);
    const previous = sheetDeadline(sheet, sheet.round);
    if (until <= sheet.round.deadline) throw new DomainError("sheets.error_extension_before_deadline");
    await tx.scoreSheet.update({
      where: { id: sheet.id },
      data: { extendedUntil: until, extendedById: options.actor.person?.id ?? null },
    });
    await notifySheet(tx, {
      intentId: `sheet-extended:${sheet.id}:${until.toISOString()}`,
      blocId: sheet.round.blocId,
      audience: { kind: "units", unitIds: [sheet.unitId] },
      textKey: "sheets.extended_notice",
      textParams: { year: sheet.round.year, deadline: dateTimeParam(until) },
      now,
    });
    await recordAudit(tx, {
      blocId: sheet.round.blocId,
      actor: auditActor(options.actor),
      action: "sheet.extended",
      subjectType: "score_sheet",
      subjectId: sheet.id,
      details: { from: previous.toISOString(), until: until.toISOString() },
      now,
    });
    return { sheetId: sheet.id, unitName: sheet.unitName, until };
  });
}
