import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import { checkUnitDelegation } from "../members/check-unit-delegation.js";
import type { Actor } from "../people/load-actor.js";
import { personName } from "../people/person-name.js";
import { assertCan } from "../policy/policy.js";
import { findOpenBallot } from "./find-open-ballot.js";

export type DelegateBallotOptions = {
  actor: Actor;
  blocId: string;
  ballotId: string;
  delegateId: string;
  now: Date;
  timeZone: string;
};

// "Uỷ quyền bỏ phiếu", the same delegation as "ký thay": the unit's signatory names one member of the unit to vote
// on this ballot; naming another replaces it. Refused once the unit has voted.
export async function delegateBallot(db: Db, options: DelegateBallotOptions) {
  assertCan(options.actor, "ballot.delegate");
  const signatoryId = options.actor.person!.id;
  return db.$transaction(async (tx) => {
    const ballot = await findOpenBallot(tx, options);
    const { granter, delegate, unit } = await checkUnitDelegation(tx, {
      blocId: options.blocId,
      signatoryId,
      delegateId: options.delegateId,
      refusals: { notSignatory: "ballots.error_not_signatory", outsideUnit: "ballots.error_delegate_outside" },
    });
    const voted = await tx.ballotParticipation.findUnique({
      where: { ballotId_unitId: { ballotId: ballot.id, unitId: unit.id } },
    });
    if (voted) throw new DomainError("ballots.error_already_voted", { unit: unit.name });
    const key = { ballotId_unitId: { ballotId: ballot.id, unitId: unit.id } };
    const grant = { delegateId: options.delegateId, grantedById: signatoryId, at: options.now };
    await tx.ballotDelegation.upsert({
      where: key,
      create: { ballotId: ballot.id, unitId: unit.id, ...grant },
      update: grant,
    });
    await enqueueMessages(tx, {
      intentId: `ballot-delegated:${ballot.id}:${options.delegateId}`,
      blocId: options.blocId,
      now: options.now,
      messages: [
        {
          recipientKey: `person:${options.delegateId}`,
          personId: options.delegateId,
          chatId: delegate.person.chatId,
          textKey: "ballots.delegated_notice",
          textParams: {
            unit: unit.name,
            granter: personName(granter.person),
            deadline: dateTimeParam(ballot.deadline),
          },
          buttons: [[{ textKey: "ballots.vote_button", action: { type: "ballots.vote", ballotId: ballot.id } }]],
        },
      ],
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "ballot.delegated",
      subjectType: "ballot",
      subjectId: ballot.id,
      details: { unitId: unit.id, delegateId: options.delegateId },
      now: options.now,
    });
    return { delegateName: personName(delegate.person), unitName: unit.name };
  });
}
