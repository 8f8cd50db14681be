import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { ensureOpen } from "./ensure-open.js";

// A comment its author may still edit or withdraw: live, theirs, before the deadline and not yet answered by the
// leader unit. Asked before the bot asks for a new text, and again when the change is written.
export async function findEditableComment(
  db: Db | Tx,
  options: { blocId: string; commentId: string; personId: string; now: Date; timeZone: string },
) {
  const comment = await db.draftComment.findFirst({
    where: { id: options.commentId, draft: { blocId: options.blocId } },
    include: { draft: true },
  });
  if (!comment || comment.withdrawnAt) throw new DomainError("drafts.error_comment_gone");
  if (comment.personId !== options.personId) throw new DomainError("drafts.error_not_your_comment");
  ensureOpen(comment.draft, options);
  if (comment.responseKind) throw new DomainError("drafts.error_already_answered");
  return comment;
}
