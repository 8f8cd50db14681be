import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { findDraft } from "./find-draft.js";

export async function setReminderOffsets(
  db: Db,
  options: { blocId: string; draftId: string; offsets: number[]; actor: Actor; now: Date },
) {
  assertCan(options.actor, "drafts.manage");
  return db.$transaction(async (tx) => {
    const { draft } = await findDraft(tx, options);
    await tx.draft.update({
      where: { id: draft.id },
      data: { reminderOffsets: JSON.stringify(options.offsets), updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.reminders_set",
      subjectType: "draft",
      subjectId: draft.id,
      details: { from: JSON.parse(draft.reminderOffsets), to: options.offsets },
      now: options.now,
    });
    return { title: draft.title };
  });
}
