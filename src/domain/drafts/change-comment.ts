import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { checkCommentText } from "./add-comment.js";
import { findEditableComment } from "./find-editable-comment.js";

export type ChangeCommentOptions = {
  blocId: string;
  commentId: string;
  personId: string;
  actor: Actor;
  // A new text edits the comment; null withdraws it.
  text: string | null;
  timeZone: string;
  now: Date;
};

// Only the author changes a comment, only before the deadline, and not once the leader unit has answered it.
export async function changeComment(db: Db, options: ChangeCommentOptions) {
  assertCan(options.actor, "drafts.comment");
  const text = options.text === null ? null : checkCommentText(options.text);
  return db.$transaction(async (tx) => {
    const comment = await findEditableComment(tx, options);
    const updated = await tx.draftComment.update({
      where: { id: comment.id },
      data: text === null ? { withdrawnAt: options.now, updatedAt: options.now } : { text, updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: text === null ? "draft.comment_withdrawn" : "draft.comment_edited",
      subjectType: "draft_comment",
      subjectId: comment.id,
      details: { draftId: comment.draftId, previous: comment.text },
      now: options.now,
    });
    return { comment: updated, draft: comment.draft };
  });
}
