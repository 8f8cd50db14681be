import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { AnnouncementDraftSchema } from "./announcement-draft-schema.js";
import { announcementIntent } from "./announcement-intent.js";
import { announcementSenderLabel } from "./announcement-sender-label.js";
import { ackButtons } from "./ack-buttons.js";
import { checkAnnouncementContent } from "./check-announcement-content.js";
import { resolveAudience } from "./resolve-audience.js";

export type CreateAnnouncementOptions = {
  // The author: a member of the leader unit or the board. Their unit's name is shown as the sender.
  actor: Actor;
  pin: boolean;
  // The author's message that becomes the progress message.
  progress: { chatId: bigint | number; messageId: number };
  now: Date;
};

// Confirming the wizard: the announcement, one outbox row per recipient and the audit record are written
// together, and the wizard's conversation is consumed in the same transaction, so a double tap sends once.
export async function createAnnouncement(db: Db, options: CreateAnnouncementOptions) {
  const { actor } = options;
  assertCan(actor, "announce.create");
  const blocId = actor.bloc!.id;
  const authorId = actor.person!.id;
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findUnique({ where: { personId: authorId } });
    if (!conversation || conversation.kind !== "announce" || conversation.expiresAt <= options.now)
      throw new DomainError("announce.error_not_in_progress");
    const draft = AnnouncementDraftSchema.parse(JSON.parse(conversation.data));
    if (!draft.audience) throw new DomainError("announce.error_not_in_progress");
    checkAnnouncementContent(draft);
    const recipients = await resolveAudience(tx, {
      blocId,
      audience: draft.audience,
      unitIds: draft.unitIds,
      authorId,
    });
    if (recipients.length === 0) throw new DomainError("announce.error_no_recipients");
    await tx.conversation.delete({ where: { id: conversation.id } });
    const pin = options.pin && draft.audience === "group";
    const announcement = await tx.announcement.create({
      data: {
        blocId,
        authorId,
        text: draft.text.trim(),
        kind: draft.fileId ? draft.kind : "text",
        fileId: draft.fileId ?? null,
        audience: draft.audience,
        unitIds: draft.audience === "units" ? JSON.stringify(draft.unitIds) : null,
        pin,
        recipientCount: recipients.length,
        progressChatId: BigInt(options.progress.chatId),
        progressMessageId: BigInt(options.progress.messageId),
        createdAt: options.now,
        updatedAt: options.now,
      },
    });
    await enqueueMessages(tx, {
      intentId: announcementIntent(announcement.id),
      blocId,
      now: options.now,
      messages: recipients.map((recipient) => ({
        ...recipient,
        kind: announcement.kind as "text" | "document" | "photo",
        fileId: announcement.fileId,
        textKey: announcement.text ? "announce.message" : "announce.message_file_only",
        textParams: { from: announcementSenderLabel(actor.unit?.name ?? null), text: announcement.text },
        buttons: ackButtons(announcement.id),
        pin,
      })),
    });
    await recordAudit(tx, {
      blocId,
      actor: auditActor(actor),
      action: "announcement.created",
      subjectType: "announcement",
      subjectId: announcement.id,
      details: {
        audience: draft.audience,
        unitIds: draft.unitIds,
        recipients: recipients.length,
        kind: announcement.kind,
        pin,
      },
      now: options.now,
    });
    return { announcementId: announcement.id, recipientCount: recipients.length };
  });
}
