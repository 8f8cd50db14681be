import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

export type Signer = { unitId: string; unitName: string; role: "signatory" | "delegate"; delegatedById: string | null };

// Who may sign for which unit in this round: the unit's signatory, or the member they delegated for this round.
export async function resolveSigner(
  tx: Db | Tx,
  options: { blocId: string; roundId: string; personId: string },
): Promise<Signer> {
  const memberships = await tx.membership.findMany({
    where: { blocId: options.blocId, personId: options.personId, removedAt: null, unitId: { not: null } },
    include: { unit: true },
  });
  const signatory = memberships.find((m) => m.role === "signatory");
  if (signatory)
    return { unitId: signatory.unitId!, unitName: signatory.unit!.name, role: "signatory", delegatedById: null };
  const delegation = await tx.signingDelegation.findFirst({
    where: { roundId: options.roundId, delegateId: options.personId },
  });
  const unit = delegation ? memberships.find((m) => m.unitId === delegation.unitId) : undefined;
  if (delegation && unit)
    return {
      unitId: delegation.unitId,
      unitName: unit.unit!.name,
      role: "delegate",
      delegatedById: delegation.grantedById,
    };
  throw new DomainError("signing.error_not_signatory");
}
