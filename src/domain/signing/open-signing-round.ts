import type { Db } from "../../db/create-database.js";
import { shortFingerprint } from "../../i18n/format-fingerprint.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { listSigners } from "./list-signers.js";
import { signButtons } from "./sign-buttons.js";

export type SigningDocument = { fileId: string; fileName: string; sha256: string; draftVersionId: string | null };

export type OpenSigningRoundOptions = {
  actor: Actor;
  blocId: string;
  title: string;
  document: SigningDocument;
  deadline: Date | null;
  now: Date;
};

// One open round per bloc. Each unit's signatory receives the exact file whose fingerprint is recorded.
export async function openSigningRound(db: Db, options: OpenSigningRoundOptions) {
  assertCan(options.actor, "signing.open");
  if (options.deadline && options.deadline <= options.now) throw new DomainError("drafts.error_past_date");
  return db.$transaction(async (tx) => {
    const open = await tx.signingRound.findFirst({ where: { blocId: options.blocId, state: "open" } });
    if (open) throw new DomainError("signing.error_round_open", { title: open.title });
    const round = await tx.signingRound.create({
      data: {
        blocId: options.blocId,
        title: options.title,
        draftVersionId: options.document.draftVersionId,
        fileId: options.document.fileId,
        fileName: options.document.fileName,
        sha256: options.document.sha256,
        deadline: options.deadline,
        openedById: options.actor.person!.id,
        openedAt: options.now,
      },
    });
    const signers = await listSigners(tx, { blocId: options.blocId });
    await enqueueMessages(tx, {
      intentId: `signing-open:${round.id}`,
      blocId: options.blocId,
      now: options.now,
      messages: signers.map(({ person }) => ({
        recipientKey: `person:${person.id}`,
        personId: person.id,
        chatId: person.chatId,
        kind: "document" as const,
        fileId: round.fileId,
        textKey: options.deadline ? "signing.invitation_deadline" : "signing.invitation",
        textParams: {
          title: round.title,
          fingerprint: shortFingerprint(round.sha256),
          deadline: options.deadline ? dateTimeParam(options.deadline) : "",
        },
        buttons: signButtons(round.id),
      })),
    });
    const units = await tx.unit.count({ where: { blocId: options.blocId } });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "signing.opened",
      subjectType: "signing_round",
      subjectId: round.id,
      details: {
        title: round.title,
        sha256: round.sha256,
        draftVersionId: round.draftVersionId,
        deadline: options.deadline?.toISOString() ?? null,
        signatories: signers.length,
      },
      now: options.now,
    });
    return { roundId: round.id, signatories: signers.length, units };
  });
}
