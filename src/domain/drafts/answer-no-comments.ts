import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { ensureOpen } from "./ensure-open.js";
import { findDraft } from "./find-draft.js";

export type AnswerNoCommentsOptions = {
  blocId: string;
  draftId: string;
  unitId: string;
  personId: string;
  actor: Actor;
  timeZone: string;
  now: Date;
};

// "Không có ý kiến" answers for the whole unit; a unit that already commented withdraws its comments first.
export async function answerNoComments(db: Db, options: AnswerNoCommentsOptions) {
  assertCan(options.actor, "drafts.comment");
  return db.$transaction(async (tx) => {
    const { draft } = await findDraft(tx, options);
    ensureOpen(draft, options);
    const comments = await tx.draftComment.count({
      where: { draftId: draft.id, unitId: options.unitId, withdrawnAt: null },
    });
    if (comments > 0) throw new DomainError("drafts.error_unit_has_comments", { count: comments });
    const existing = await tx.draftUnitAnswer.findUnique({
      where: { draftId_unitId: { draftId: draft.id, unitId: options.unitId } },
    });
    if (existing) return { draft, already: true };
    await tx.draftUnitAnswer.create({
      data: { draftId: draft.id, unitId: options.unitId, personId: options.personId, answeredAt: options.now },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.no_comments",
      subjectType: "draft",
      subjectId: draft.id,
      details: { unitId: options.unitId },
      now: options.now,
    });
    return { draft, already: false };
  });
}
