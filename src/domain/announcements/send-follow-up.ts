import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { ackButtons } from "./ack-buttons.js";
import { announcementIntent, followUpIntent } from "./announcement-intent.js";
import { announcementPreview } from "./announcement-preview.js";

export type SendFollowUpOptions = { actor: Actor; announcementId: string; now: Date };

// One reminder, once, to the recipients who received the announcement and have not acknowledged it,
// as a reply to the message they got so the original is one tap away.
export async function sendFollowUp(db: Db, options: SendFollowUpOptions) {
  assertCan(options.actor, "announce.follow_up");
  const blocId = options.actor.bloc!.id;
  return db.$transaction(async (tx) => {
    const announcement = await tx.announcement.findFirst({
      where: { id: options.announcementId, blocId },
      include: { acks: true },
    });
    if (!announcement) throw new DomainError("announce.error_gone");
    if (announcement.followUpAt) throw new DomainError("announce.error_follow_up_done");
    const acked = new Set(announcement.acks.map((ack) => ack.personId));
    const rows = await tx.outboxMessage.findMany({
      where: { intentId: announcementIntent(announcement.id), state: "sent", personId: { not: null } },
    });
    // People who blocked the bot since are not written to, like every audience leaves them out.
    const unreachable = await tx.person.findMany({
      where: { id: { in: rows.map((row) => row.personId!) }, reachable: false },
      select: { id: true },
    });
    const skipped = new Set([...acked, ...unreachable.map((person) => person.id)]);
    const waiting = rows.filter((row) => !skipped.has(row.personId!));
    if (waiting.length === 0) throw new DomainError("announce.error_nobody_waiting");
    const claimed = await tx.announcement.updateMany({
      where: { id: announcement.id, followUpAt: null },
      data: { followUpAt: options.now, followUpCount: waiting.length, updatedAt: options.now },
    });
    if (claimed.count === 0) throw new DomainError("announce.error_follow_up_done");
    await enqueueMessages(tx, {
      intentId: followUpIntent(announcement.id),
      blocId: announcement.blocId,
      now: options.now,
      messages: waiting.map((row) => ({
        recipientKey: `person:${row.personId}`,
        personId: row.personId,
        chatId: row.chatId,
        textKey: "announce.follow_up",
        textParams: { preview: announcementPreview(announcement) },
        replyToMessageId: row.telegramMessageId,
        buttons: ackButtons(announcement.id),
      })),
    });
    await recordAudit(tx, {
      blocId: announcement.blocId,
      actor: auditActor(options.actor),
      action: "announcement.followed_up",
      subjectType: "announcement",
      subjectId: announcement.id,
      details: { recipients: waiting.length },
      now: options.now,
    });
    return { count: waiting.length };
  });
}
