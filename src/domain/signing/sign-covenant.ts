import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { prepareSignature } from "./prepare-signature.js";

export type SignCovenantOptions = {
  actor: Actor;
  blocId: string;
  roundId: string;
  timeZone: string;
  now: Date;
};

// The signature and its audit row commit together; a unit signs once per round, and the round closes with
// the last unit. The fingerprint recorded is the round's, i.e. of the bytes that were sent to signatories.
// Being in the bloc is the policy's part; who signs for which unit in this round is checked by prepareSignature.
export async function signCovenant(db: Db, options: SignCovenantOptions) {
  assertCan(options.actor, "signing.sign");
  const personId = options.actor.person!.id;
  return db.$transaction(async (tx) => {
    const { round, signer } = await prepareSignature(tx, { ...options, personId });
    const signature = await tx.signature.create({
      data: {
        roundId: round.id,
        unitId: signer.unitId,
        personId,
        role: signer.role,
        delegatedById: signer.delegatedById,
        sha256: round.sha256,
        signedAt: options.now,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "covenant.signed",
      subjectType: "signature",
      subjectId: signature.id,
      details: {
        roundId: round.id,
        unitId: signer.unitId,
        role: signer.role,
        delegatedById: signer.delegatedById,
        sha256: round.sha256,
        draftVersionId: round.draftVersionId,
      },
      now: options.now,
    });
    const [signed, units] = await Promise.all([
      tx.signature.count({ where: { roundId: round.id } }),
      tx.unit.count({ where: { blocId: options.blocId } }),
    ]);
    const completed = signed >= units;
    if (completed) {
      await tx.signingRound.update({ where: { id: round.id }, data: { state: "completed", completedAt: options.now } });
      await recordAudit(tx, {
        blocId: options.blocId,
        actor: {},
        action: "signing.completed",
        subjectType: "signing_round",
        subjectId: round.id,
        details: { units },
        now: options.now,
      });
    }
    return {
      signature,
      unitName: signer.unitName,
      role: signer.role,
      title: round.title,
      sha256: round.sha256,
      signed,
      units,
      completed,
    };
  });
}
