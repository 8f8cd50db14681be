import type { Db } from "../../db/create-database.js";
import { recordAudit, type AuditActor } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { checkCommentText } from "./add-comment.js";
import { ensureOpen } from "./ensure-open.js";

export type ChangeCommentOptions = {
  blocId: string;
  commentId: string;
  personId: string;
  actor: AuditActor;
  // A new text edits the comment; null withdraws it.
  text: string | null;
  timeZone: string;
  now: Date;
};

// Only the author changes a comment, only before the deadline, and not once the leader unit has answered it.
export async function changeComment(db: Db, options: ChangeCommentOptions) {
  const text = options.text === null ? null : checkCommentText(options.text);
  return db.$transaction(async (tx) => {
    const comment = await tx.draftComment.findFirst({
      where: { id: options.commentId, draft: { blocId: options.blocId } },
      include: { draft: true },
    });
    if (!comment || comment.withdrawnAt) throw new DomainError("drafts.error_comment_gone");
    if (comment.personId !== options.personId) throw new DomainError("drafts.error_not_your_comment");
    ensureOpen(comment.draft, options);
    if (comment.responseKind) throw new DomainError("drafts.error_already_answered");
    const updated = await tx.draftComment.update({
      where: { id: comment.id },
      data: text === null ? { withdrawnAt: options.now, updatedAt: options.now } : { text, updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: options.actor,
      action: text === null ? "draft.comment_withdrawn" : "draft.comment_edited",
      subjectType: "draft_comment",
      subjectId: comment.id,
      details: { draftId: comment.draftId, previous: comment.text },
      now: options.now,
    });
    return { comment: updated, draft: comment.draft };
  });
}
