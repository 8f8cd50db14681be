import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import type { DraftClause } from "./draft-clause.js";
import { defaultReminderOffsets, type DraftKind } from "./draft-kinds.js";
import { distributeVersion } from "./distribute-version.js";

export type DraftFile = {
  fileId: string;
  fileName: string;
  mimeType: string | null;
  fileSize: number;
  sha256: string;
  clauses: DraftClause[];
};

export type CreateDraftOptions = {
  blocId: string;
  authorId: string;
  actor: Actor;
  title: string;
  kind: DraftKind;
  deadline: Date;
  file: DraftFile;
  timeZone: string;
  now: Date;
  // The wizard that collected all this, consumed in the same transaction so a double tap creates one draft.
  conversationOf?: string;
};

// The draft, its first version, one outbox row per unit member and the audit row commit together.
export async function createDraft(db: Db, options: CreateDraftOptions) {
  assertCan(options.actor, "drafts.create");
  const title = options.title.trim();
  if (!title || title.length > 300) throw new DomainError("drafts.error_bad_title");
  if (options.deadline <= options.now) throw new DomainError("drafts.error_past_date");
  return db.$transaction(async (tx) => {
    if (options.conversationOf) {
      const { count } = await tx.conversation.deleteMany({
        where: { personId: options.conversationOf, kind: "newdraft" },
      });
      if (count === 0) throw new DomainError("errors.stale_button");
    }
    const draft = await tx.draft.create({
      data: {
        blocId: options.blocId,
        title,
        kind: options.kind,
        deadline: options.deadline,
        reminderOffsets: JSON.stringify(defaultReminderOffsets),
        createdById: options.authorId,
        createdAt: options.now,
        updatedAt: options.now,
      },
    });
    const version = await tx.draftVersion.create({
      data: {
        draftId: draft.id,
        number: 1,
        ...options.file,
        clauses: JSON.stringify(options.file.clauses),
        createdById: options.authorId,
        createdAt: options.now,
      },
    });
    const recipients = await distributeVersion(tx, {
      draft,
      version,
      now: options.now,
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.created",
      subjectType: "draft",
      subjectId: draft.id,
      details: {
        title,
        kind: options.kind,
        deadline: options.deadline.toISOString(),
        sha256: options.file.sha256,
        clauses: options.file.clauses.length,
        recipients,
      },
      now: options.now,
    });
    return { draftId: draft.id, versionId: version.id, recipients };
  });
}
