import type { Db } from "../../db/create-database.js";
import { recordAudit, type AuditActor } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { AnnouncementDraftSchema } from "./announcement-draft-schema.js";
import { announcementIntent } from "./announcement-intent.js";
import { announcementSenderLabel } from "./announcement-sender-label.js";
import { checkAnnouncementContent } from "./check-announcement-content.js";
import { resolveAudience } from "./resolve-audience.js";

export type CreateAnnouncementOptions = {
  blocId: string;
  authorId: string;
  actor: AuditActor;
  // The author's unit name, shown as the sender; null for the provincial board.
  authorUnitName: string | null;
  pin: boolean;
  // The author's message that becomes the progress message.
  progress: { chatId: bigint | number; messageId: number };
  // The "received" button, built by the caller that knows how buttons are encoded.
  ackButton: (announcementId: string) => unknown;
  now: Date;
};

// Confirming the wizard: the announcement, one outbox row per recipient and the audit record are written
// together, and the wizard's conversation is consumed in the same transaction, so a double tap sends once.
export async function createAnnouncement(db: Db, options: CreateAnnouncementOptions) {
  return db.$transaction(async (tx) => {
    const conversation = await tx.conversation.findUnique({ where: { personId: options.authorId } });
    if (!conversation || conversation.kind !== "announce" || conversation.expiresAt <= options.now)
      throw new DomainError("announce.error_not_in_progress");
    const draft = AnnouncementDraftSchema.parse(JSON.parse(conversation.data));
    if (!draft.audience) throw new DomainError("announce.error_not_in_progress");
    checkAnnouncementContent(draft);
    const recipients = await resolveAudience(tx, {
      blocId: options.blocId,
      audience: draft.audience,
      unitIds: draft.unitIds,
      authorId: options.authorId,
    });
    if (recipients.length === 0) throw new DomainError("announce.error_no_recipients");
    await tx.conversation.delete({ where: { id: conversation.id } });
    const pin = options.pin && draft.audience === "group";
    const announcement = await tx.announcement.create({
      data: {
        blocId: options.blocId,
        authorId: options.authorId,
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
    const replyMarkup = { inline_keyboard: [[options.ackButton(announcement.id)]] };
    await enqueueMessages(tx, {
      intentId: announcementIntent(announcement.id),
      blocId: options.blocId,
      now: options.now,
      messages: recipients.map((recipient) => ({
        ...recipient,
        kind: announcement.kind as "text" | "document" | "photo",
        fileId: announcement.fileId,
        textKey: announcement.text ? "announce.message" : "announce.message_file_only",
        textParams: { from: announcementSenderLabel(options.authorUnitName), text: announcement.text },
        replyMarkup,
        pin,
      })),
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: options.actor,
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
