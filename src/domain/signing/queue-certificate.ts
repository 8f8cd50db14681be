import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { storeFile, type FileToStore } from "../delivery/store-file.js";
import { shortFingerprint } from "../../i18n/format-fingerprint.js";

// When every unit has signed: everyone in the bloc is told and receives the certificate, once.
export async function queueCertificate(db: Db, options: { roundId: string; file: FileToStore; now: Date }) {
  return db.$transaction(async (tx) => {
    const round = await tx.signingRound.findUniqueOrThrow({ where: { id: options.roundId } });
    const claimed = await tx.signingRound.updateMany({
      where: { id: round.id, state: "completed", certificateSentAt: null },
      data: { certificateSentAt: options.now },
    });
    if (claimed.count === 0) return 0;
    const stored = await storeFile(tx, { file: options.file, now: options.now });
    const people = await findAudience(tx, { blocId: round.blocId, audience: { kind: "bloc" } });
    const queued = await enqueueMessages(tx, {
      intentId: `signing-certificate:${round.id}`,
      blocId: round.blocId,
      now: options.now,
      messages: messagesToPeople(people, {
        kind: "document",
        storedFileId: stored.id,
        textKey: "signing.completed_notice",
        textParams: { title: round.title, fingerprint: shortFingerprint(round.sha256) },
      }),
    });
    await recordAudit(tx, {
      blocId: round.blocId,
      actor: {},
      action: "signing.certificate_sent",
      subjectType: "signing_round",
      subjectId: round.id,
      details: { recipients: people.length, certificateSha256: stored.sha256 },
      now: options.now,
    });
    return queued;
  });
}
