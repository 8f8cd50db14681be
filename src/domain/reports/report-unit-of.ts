import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

// The unit a person reports for: their active membership in a unit of the bloc (board members report for none).
export async function findReportingUnit(db: Db | Tx, options: { blocId: string; personId: string }) {
  const membership = await db.membership.findFirst({
    where: { blocId: options.blocId, personId: options.personId, removedAt: null, unitId: { not: null } },
    include: { unit: true },
    orderBy: { joinedAt: "asc" },
  });
  if (!membership?.unit) throw new DomainError("reports.error_not_unit_member");
  return { unit: membership.unit, role: membership.role };
}
