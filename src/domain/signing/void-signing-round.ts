import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { findOpenRound } from "./find-open-round.js";

// After a correction the leader voids the open round: its signatures stay as history, everyone is told why,
// and a new round can be opened on the corrected text.
export async function voidSigningRound(
  db: Db,
  options: { actor: Actor; blocId: string; roundId: string; reason: string; now: Date },
) {
  assertCan(options.actor, "signing.void");
  const reason = options.reason.trim();
  if (!reason) throw new DomainError("signing.error_no_reason");
  return db.$transaction(async (tx) => {
    const round = await findOpenRound(tx, options);
    await tx.signingRound.update({
      where: { id: round.id },
      data: { state: "voided", voidReason: reason, voidedAt: options.now },
    });
    const signed = await tx.signature.count({ where: { roundId: round.id } });
    const people = await findAudience(tx, { blocId: options.blocId, audience: { kind: "bloc" } });
    await enqueueMessages(tx, {
      intentId: `signing-voided:${round.id}`,
      blocId: options.blocId,
      now: options.now,
      messages: messagesToPeople(people, {
        textKey: "signing.voided_notice",
        textParams: { title: round.title, reason, signed },
      }),
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "signing.voided",
      subjectType: "signing_round",
      subjectId: round.id,
      details: { reason, signatures: signed },
      now: options.now,
    });
    return { title: round.title, signed };
  });
}
