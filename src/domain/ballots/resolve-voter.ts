import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "../members/find-acting-membership.js";

export type Voter = { unitId: string; unitName: string; role: "signatory" | "delegate"; delegatedById: string | null };

// Who casts a unit's vote, as for signing (resolveSigner): the unit's signatory, or the one member the signatory
// named for this ballot, while that member is still in the unit.
export async function resolveVoter(
  db: Db | Tx,
  options: { blocId: string; ballotId: string; personId: string },
): Promise<Voter> {
  const membership = await findActingMembership(db, { personId: options.personId, blocId: options.blocId });
  const unit = membership?.unit;
  if (!unit) throw new DomainError("ballots.error_not_voter");
  if (membership.role === "signatory")
    return { unitId: unit.id, unitName: unit.name, role: "signatory", delegatedById: null };
  const delegation = await db.ballotDelegation.findFirst({
    where: { ballotId: options.ballotId, delegateId: options.personId, unitId: unit.id },
  });
  if (delegation)
    return { unitId: unit.id, unitName: unit.name, role: "delegate", delegatedById: delegation.grantedById };
  throw new DomainError("ballots.error_not_voter", { unit: unit.name });
}
