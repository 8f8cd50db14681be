import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { findActingMembership } from "../members/find-acting-membership.js";

// The unit a person reports for: the unit of the membership they act through (board members report for none).
export async function findReportingUnit(db: Db | Tx, options: { blocId: string; personId: string }) {
  const membership = await findActingMembership(db, { personId: options.personId, blocId: options.blocId });
  if (!membership?.unit) throw new DomainError("reports.error_not_unit_member");
  return { unit: membership.unit, role: membership.role };
}
