import type { Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "./find-acting-membership.js";

// The rule behind "ký thay" (signing) and "bỏ phiếu thay" (ballots): the one who delegates is the unit's signatory,
// the delegate another member of the same unit. Each area refuses with its own texts.
export async function checkUnitDelegation(
  tx: Tx,
  options: {
    blocId: string;
    signatoryId: string;
    delegateId: string;
    refusals: { notSignatory: string; outsideUnit: string };
  },
) {
  const granter = await findActingMembership(tx, { personId: options.signatoryId, blocId: options.blocId });
  if (!granter || granter.role !== "signatory" || !granter.unit) throw new DomainError(options.refusals.notSignatory);
  const unit = granter.unit;
  const delegate = await findActingMembership(tx, { personId: options.delegateId, blocId: options.blocId });
  if (!delegate || delegate.unitId !== unit.id || options.delegateId === options.signatoryId)
    throw new DomainError(options.refusals.outsideUnit, { unit: unit.name });
  return { granter, delegate, unit };
}
