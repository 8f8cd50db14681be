import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "../members/find-acting-membership.js";

// The unit a person answers for: the unit of the membership they act through. Board members belong to no unit and
// do not answer.
export async function resolveAnsweringUnit(db: Db | Tx, options: { blocId: string; personId: string }) {
  const membership = await findActingMembership(db, { personId: options.personId, blocId: options.blocId });
  if (!membership?.unit) throw new DomainError("conference.error_no_unit");
  return membership.unit;
}
