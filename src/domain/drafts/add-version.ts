import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import type { DraftFile } from "./create-draft.js";
import { distributeVersion } from "./distribute-version.js";
import { findDraft } from "./find-draft.js";

export type AddVersionOptions = {
  blocId: string;
  draftId: string;
  authorId: string;
  actor: Actor;
  file: DraftFile;
  note: string | null;
  timeZone: string;
  now: Date;
};

// A revised text: members receive it with the note and how many comments were accepted; earlier comments stay
// attached to the version they were made on.
export async function addVersion(db: Db, options: AddVersionOptions) {
  assertCan(options.actor, "drafts.manage");
  return db.$transaction(async (tx) => {
    const { draft, current } = await findDraft(tx, options);
    const accepted = await tx.draftComment.count({
      where: { draftId: draft.id, withdrawnAt: null, responseKind: "accepted" },
    });
    const version = await tx.draftVersion.create({
      data: {
        draftId: draft.id,
        number: current.number + 1,
        ...options.file,
        clauses: JSON.stringify(options.file.clauses),
        note: options.note?.trim() || null,
        createdById: options.authorId,
        createdAt: options.now,
      },
    });
    const recipients = await distributeVersion(tx, {
      draft,
      version,
      now: options.now,
      acceptedCount: accepted,
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.version_added",
      subjectType: "draft_version",
      subjectId: version.id,
      details: { draftId: draft.id, number: version.number, sha256: version.sha256, accepted, recipients },
      now: options.now,
    });
    return { versionId: version.id, number: version.number, recipients, accepted };
  });
}
