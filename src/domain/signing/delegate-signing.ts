import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { checkUnitDelegation } from "../members/check-unit-delegation.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { personName } from "../people/person-name.js";
import { assertCan } from "../policy/policy.js";
import { findOpenRound } from "./find-open-round.js";
import { signButtons } from "./sign-buttons.js";
import { shortFingerprint } from "../../i18n/format-fingerprint.js";

export type DelegateSigningOptions = {
  actor: Actor;
  blocId: string;
  roundId: string;
  delegateId: string;
  now: Date;
};

// "Ký thay": a unit's signatory names one member of the same unit to sign this round; naming another replaces it.
// Being in the bloc is the policy's part; being the unit's signatory is checked here.
export async function delegateSigning(db: Db, options: DelegateSigningOptions) {
  assertCan(options.actor, "signing.delegate");
  const signatoryId = options.actor.person!.id;
  return db.$transaction(async (tx) => {
    const round = await findOpenRound(tx, options);
    const { granter, delegate } = await checkUnitDelegation(tx, {
      blocId: options.blocId,
      signatoryId,
      delegateId: options.delegateId,
      refusals: { notSignatory: "signing.error_not_signatory", outsideUnit: "signing.error_delegate_outside" },
    });
    if (await tx.signature.findUnique({ where: { roundId_unitId: { roundId: round.id, unitId: granter.unitId! } } }))
      throw new DomainError("signing.error_unit_signed", { unit: granter.unit!.name });
    await tx.signingDelegation.upsert({
      where: { roundId_unitId: { roundId: round.id, unitId: granter.unitId! } },
      create: {
        roundId: round.id,
        unitId: granter.unitId!,
        delegateId: options.delegateId,
        grantedById: signatoryId,
        at: options.now,
      },
      update: { delegateId: options.delegateId, grantedById: signatoryId, at: options.now },
    });
    const granterPerson = await tx.person.findUniqueOrThrow({ where: { id: signatoryId } });
    await enqueueMessages(tx, {
      intentId: `signing-delegated:${round.id}:${options.delegateId}`,
      blocId: options.blocId,
      now: options.now,
      messages: [
        {
          recipientKey: `person:${options.delegateId}`,
          personId: options.delegateId,
          chatId: delegate.person.chatId,
          kind: "document",
          fileId: round.fileId,
          textKey: "signing.delegated_notice",
          textParams: {
            title: round.title,
            fingerprint: shortFingerprint(round.sha256),
            unit: granter.unit!.name,
            granter: personName(granterPerson),
          },
          buttons: signButtons(round.id),
        },
      ],
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "signing.delegated",
      subjectType: "signing_round",
      subjectId: round.id,
      details: { unitId: granter.unitId, delegateId: options.delegateId },
      now: options.now,
    });
    return { delegateName: personName(delegate.person), unitName: granter.unit!.name };
  });
}
