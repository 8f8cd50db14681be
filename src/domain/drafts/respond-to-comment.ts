import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { checkCommentText } from "./add-comment.js";
import { draftResponseIntent } from "./draft-intents.js";
import { findAudience } from "../audiences/find-audience.js";

export type RespondToCommentOptions = {
  blocId: string;
  commentId: string;
  kind: "accepted" | "explained";
  text: string;
  actor: Actor;
  now: Date;
};

// The leader unit accepts (tiếp thu) or explains (giải trình); the commenting unit is told. A later answer replaces it.
export async function respondToComment(db: Db, options: RespondToCommentOptions) {
  assertCan(options.actor, "drafts.respond");
  const text = checkCommentText(options.text);
  return db.$transaction(async (tx) => {
    const comment = await tx.draftComment.findFirst({
      where: { id: options.commentId, draft: { blocId: options.blocId } },
      include: { draft: true },
    });
    if (!comment || comment.withdrawnAt) throw new DomainError("drafts.error_comment_gone");
    await tx.draftComment.update({
      where: { id: comment.id },
      data: {
        responseKind: options.kind,
        responseText: text,
        respondedById: options.actor.person?.id ?? null,
        respondedAt: options.now,
        updatedAt: options.now,
      },
    });
    const unitIds = [comment.unitId];
    const members = await findAudience(tx, { blocId: options.blocId, audience: { kind: "units", unitIds } });
    await enqueueMessages(tx, {
      intentId: draftResponseIntent(comment.id, options.now),
      blocId: options.blocId,
      now: options.now,
      messages: messagesToPeople(members, {
        textKey: "drafts.response_notice",
        textParams: {
          title: comment.draft.title,
          clause: comment.clauseLabel ?? { key: "drafts.general" },
          comment: comment.text.length > 300 ? `${comment.text.slice(0, 299)}…` : comment.text,
          kind: { key: `drafts.response_${options.kind}` },
          text,
        },
      }),
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.comment_answered",
      subjectType: "draft_comment",
      subjectId: comment.id,
      details: { kind: options.kind, previousKind: comment.responseKind },
      now: options.now,
    });
    return { draftId: comment.draftId, unitId: comment.unitId };
  });
}
