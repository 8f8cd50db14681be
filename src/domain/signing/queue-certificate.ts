import { createHash } from "node:crypto";
import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { shortFingerprint } from "./short-fingerprint.js";

// When every unit has signed: everyone in the bloc is told and receives the certificate, once.
export async function queueCertificate(db: Db, options: { roundId: string; file: { name: string; mimeType: string; bytes: Buffer }; now: Date }) {
  return db.$transaction(async (tx) => {
    const round = await tx.signingRound.findUniqueOrThrow({ where: { id: options.roundId } });
    const claimed = await tx.signingRound.updateMany({ where: { id: round.id, state: "completed", certificateSentAt: null }, data: { certificateSentAt: options.now } });
    if (claimed.count === 0) return 0;
    const stored = await tx.storedFile.create({
      data: { name: options.file.name, mimeType: options.file.mimeType, bytes: new Uint8Array(options.file.bytes), sha256: createHash("sha256").update(options.file.bytes).digest("hex"), size: options.file.bytes.length, createdAt: options.now },
    });
    const members = await tx.membership.findMany({ where: { blocId: round.blocId, removedAt: null }, include: { person: true } });
    const people = [...new Map(members.map((m) => [m.personId, m.person])).values()];
    const queued = await enqueueMessages(tx, {
      intentId: `signing-certificate:${round.id}`,
      blocId: round.blocId,
      now: options.now,
      messages: people.map((person) => ({
        recipientKey: `person:${person.id}`,
        personId: person.id,
        chatId: person.chatId,
        kind: "document" as const,
        storedFileId: stored.id,
        textKey: "signing.completed_notice",
        textParams: { title: round.title, fingerprint: shortFingerprint(round.sha256) },
      })),
    });
    await recordAudit(tx, { blocId: round.blocId, actor: {}, action: "signing.certificate_sent", subjectType: "signing_round", subjectId: round.id, details: { recipients: people.length, certificateSha256: stored.sha256 }, now: options.now });
    return queued;
  });
}
