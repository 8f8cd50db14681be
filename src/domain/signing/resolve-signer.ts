import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "../members/find-acting-membership.js";

export type Signer = { unitId: string; unitName: string; role: "signatory" | "delegate"; delegatedById: string | null };

// Who may sign for which unit in this round: the unit's signatory, or the member they delegated for this round.
export async function resolveSigner(
  tx: Db | Tx,
  options: { blocId: string; roundId: string; personId: string },
): Promise<Signer> {
  const membership = await findActingMembership(tx, { personId: options.personId, blocId: options.blocId });
  const unit = membership?.unit;
  if (!unit) throw new DomainError("signing.error_not_signatory");
  if (membership.role === "signatory")
    return { unitId: unit.id, unitName: unit.name, role: "signatory", delegatedById: null };
  // A delegation counts only while the delegate is still in the unit it was given for.
  const delegation = await tx.signingDelegation.findFirst({
    where: { roundId: options.roundId, delegateId: options.personId, unitId: unit.id },
  });
  if (delegation)
    return { unitId: unit.id, unitName: unit.name, role: "delegate", delegatedById: delegation.grantedById };
  throw new DomainError("signing.error_not_signatory");
}
