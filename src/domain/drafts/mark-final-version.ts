import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";

export type MarkFinalVersionOptions = {
  blocId: string;
  draftId: string;
  versionId: string;
  actor: Actor;
  now: Date;
};

// One version per draft is final: the text the signing round will bind to.
export async function markFinalVersion(db: Db, options: MarkFinalVersionOptions) {
  assertCan(options.actor, "drafts.manage");
  return db.$transaction(async (tx) => {
    const version = await tx.draftVersion.findFirst({
      where: { id: options.versionId, draftId: options.draftId, draft: { blocId: options.blocId } },
      include: { draft: true },
    });
    if (!version) throw new DomainError("drafts.error_gone");
    await tx.draftVersion.updateMany({ where: { draftId: options.draftId, isFinal: true }, data: { isFinal: false } });
    await tx.draftVersion.update({ where: { id: version.id }, data: { isFinal: true } });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.version_final",
      subjectType: "draft_version",
      subjectId: version.id,
      details: { draftId: options.draftId, number: version.number, sha256: version.sha256 },
      now: options.now,
    });
    return { title: version.draft.title, number: version.number, sha256: version.sha256 };
  });
}
