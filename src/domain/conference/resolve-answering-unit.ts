import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

// The unit a person answers for: their active unit membership. Board members belong to no unit and do not answer.
export async function resolveAnsweringUnit(db: Db | Tx, options: { blocId: string; personId: string }) {
  const membership = await db.membership.findFirst({
    where: { blocId: options.blocId, personId: options.personId, removedAt: null, unitId: { not: null } },
    include: { unit: true },
    orderBy: { joinedAt: "desc" },
  });
  if (!membership?.unit) throw new DomainError("conference.error_no_unit");
  return membership.unit;
}
