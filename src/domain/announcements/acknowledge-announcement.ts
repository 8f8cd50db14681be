import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { announcementIntent, followUpIntent } from "./announcement-intent.js";

export type AcknowledgeOptions = { announcementId: string; personId: string; telegramId?: number; now: Date };

// "Đã nhận": the first tap counts; later taps change nothing and say when it was recorded.
// Recipients may acknowledge; for a group post, any active member of the bloc may.
export async function acknowledgeAnnouncement(db: Db, options: AcknowledgeOptions) {
  return db.$transaction(async (tx) => {
    const announcement = await tx.announcement.findUnique({ where: { id: options.announcementId } });
    if (!announcement) throw new DomainError("announce.error_gone");
    const existing = await tx.announcementAck.findUnique({
      where: { announcementId_personId: { announcementId: announcement.id, personId: options.personId } },
    });
    if (existing) return { ackedAt: existing.ackedAt, already: true };
    const allowed =
      announcement.audience === "group"
        ? await tx.membership.findFirst({
            where: { blocId: announcement.blocId, personId: options.personId, removedAt: null },
          })
        : await tx.outboxMessage.findFirst({
            where: {
              intentId: { in: [announcementIntent(announcement.id), followUpIntent(announcement.id)] },
              personId: options.personId,
            },
          });
    if (!allowed) throw new DomainError("announce.error_not_recipient");
    await tx.announcementAck.create({
      data: { announcementId: announcement.id, personId: options.personId, ackedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: announcement.blocId,
      actor: { personId: options.personId, telegramId: options.telegramId },
      action: "announcement.acknowledged",
      subjectType: "announcement",
      subjectId: announcement.id,
      now: options.now,
    });
    return { ackedAt: options.now, already: false };
  });
}
