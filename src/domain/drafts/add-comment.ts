import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { ensureOpen } from "./ensure-open.js";
import { findDraft } from "./find-draft.js";
import { maxCommentLength } from "./draft-kinds.js";

export type AddCommentOptions = {
  blocId: string;
  draftId: string;
  unitId: string;
  personId: string;
  actor: Actor;
  // null for a general comment
  clauseId: string | null;
  text: string;
  fileId?: string | null;
  timeZone: string;
  now: Date;
};

export function checkCommentText(text: string): string {
  const trimmed = text.trim();
  if (!trimmed) throw new DomainError("drafts.error_empty_comment");
  if (trimmed.length > maxCommentLength)
    throw new DomainError("drafts.error_comment_too_long", { max: maxCommentLength, length: trimmed.length });
  return trimmed;
}

// A comment is attached to the version it was made on; it replaces the unit's "no comments", if any.
export async function addComment(db: Db, options: AddCommentOptions) {
  assertCan(options.actor, "drafts.comment");
  const text = checkCommentText(options.text);
  return db.$transaction(async (tx) => {
    const { draft, current, clauses } = await findDraft(tx, options);
    ensureOpen(draft, options);
    const clause = options.clauseId ? clauses.find((c) => c.id === options.clauseId) : null;
    if (options.clauseId && !clause) throw new DomainError("drafts.error_unknown_clause");
    const comment = await tx.draftComment.create({
      data: {
        draftId: draft.id,
        versionId: current.id,
        unitId: options.unitId,
        personId: options.personId,
        clauseId: clause?.id ?? null,
        clauseLabel: clause?.label ?? null,
        text,
        fileId: options.fileId ?? null,
        createdAt: options.now,
        updatedAt: options.now,
      },
    });
    await tx.draftUnitAnswer.deleteMany({ where: { draftId: draft.id, unitId: options.unitId } });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.commented",
      subjectType: "draft_comment",
      subjectId: comment.id,
      details: {
        draftId: draft.id,
        versionId: current.id,
        unitId: options.unitId,
        clause: clause?.label ?? null,
        length: text.length,
      },
      now: options.now,
    });
    return { comment, draft, clauseLabel: clause?.label ?? null };
  });
}
