import type { Db } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import { draftExtendedIntent } from "./draft-intents.js";
import { findDraft } from "./find-draft.js";
import { findAudience } from "../audiences/find-audience.js";

export type ExtendDeadlineOptions = {
  blocId: string;
  draftId: string;
  deadline: Date;
  actor: Actor;
  timeZone: string;
  now: Date;
};

// A new deadline reopens comments if it had passed; reminders follow the new date (their keys include it),
// and the synthesis is sent again at the new deadline.
export async function extendDeadline(db: Db, options: ExtendDeadlineOptions) {
  assertCan(options.actor, "drafts.manage");
  return db.$transaction(async (tx) => {
    const { draft } = await findDraft(tx, options);
    if (options.deadline <= options.now) throw new DomainError("drafts.error_past_date");
    if (options.deadline <= draft.deadline)
      throw new DomainError("drafts.error_not_later", { deadline: formatDateTime(draft.deadline, options.timeZone) });
    await tx.draft.update({
      where: { id: draft.id },
      data: { deadline: options.deadline, synthesisSentAt: null, updatedAt: options.now },
    });
    const members = await findAudience(tx, { blocId: options.blocId, audience: { kind: "units" } });
    await enqueueMessages(tx, {
      intentId: draftExtendedIntent(draft.id, options.deadline),
      blocId: options.blocId,
      now: options.now,
      messages: messagesToPeople(members, {
        textKey: "drafts.extended_notice",
        textParams: {
          title: draft.title,
          deadline: dateTimeParam(options.deadline),
          previous: dateTimeParam(draft.deadline),
        },
      }),
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "draft.deadline_extended",
      subjectType: "draft",
      subjectId: draft.id,
      details: { from: draft.deadline.toISOString(), to: options.deadline.toISOString() },
      now: options.now,
    });
    return { title: draft.title, recipients: members.length };
  });
}
