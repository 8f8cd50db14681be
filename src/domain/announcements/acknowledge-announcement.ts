import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "../members/find-acting-membership.js";
import type { Actor } from "../people/load-actor.js";
import { announcementIntent, followUpIntent } from "./announcement-intent.js";

export type AcknowledgeOptions = { actor: Actor; announcementId: string; now: Date };

// "Đã nhận": the first tap counts; later taps change nothing and say when it was recorded.
// Who may acknowledge depends on the announcement, not on a role, so the check is here rather than in the policy:
// its recipients, and for a group post any active member of the bloc.
export async function acknowledgeAnnouncement(db: Db, options: AcknowledgeOptions) {
  return db.$transaction(async (tx) => {
    const announcement = await tx.announcement.findUnique({ where: { id: options.announcementId } });
    if (!announcement) throw new DomainError("announce.error_gone");
    // A group post went to the group, so "not sent to you" would be wrong there: only the bloc's people may answer it.
    const refusal =
      announcement.audience === "group" ? "announce.error_not_bloc_member" : "announce.error_not_recipient";
    const person = options.actor.person;
    if (!person) throw new DomainError(refusal);
    const personId = person.id;
    const existing = await tx.announcementAck.findUnique({
      where: { announcementId_personId: { announcementId: announcement.id, personId } },
    });
    if (existing) return { ackedAt: existing.ackedAt, already: true };
    const allowed =
      announcement.audience === "group"
        ? await findActingMembership(tx, { personId, blocId: announcement.blocId })
        : await tx.outboxMessage.findFirst({
            where: {
              intentId: { in: [announcementIntent(announcement.id), followUpIntent(announcement.id)] },
              personId,
            },
          });
    if (!allowed) throw new DomainError(refusal);
    await tx.announcementAck.create({
      data: { announcementId: announcement.id, personId, ackedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: announcement.blocId,
      actor: auditActor(options.actor),
      action: "announcement.acknowledged",
      subjectType: "announcement",
      subjectId: announcement.id,
      now: options.now,
    });
    return { ackedAt: options.now, already: false };
  });
}
