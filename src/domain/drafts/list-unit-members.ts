import type { Db, Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";

// Kept until the conference reminders call findAudience themselves.
export async function listUnitMembers(db: Db | Tx, options: { blocId: string; unitIds?: string[] }) {
  const people = await findAudience(db, {
    blocId: options.blocId,
    audience: { kind: "units", unitIds: options.unitIds },
  });
  return people.map((person) => ({ personId: person.id, unitId: person.unitId, person }));
}
