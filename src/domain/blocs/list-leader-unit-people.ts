import type { Db, Tx } from "../../db/create-database.js";
import { findCurrentTerm } from "./find-current-term.js";

// The people who act for the leader unit this year: the ones told about things that need the bloc's attention.
export async function listLeaderUnitPeople(db: Db | Tx, options: { blocId: string; excludePersonId?: string }) {
  const term = await findCurrentTerm(db, options.blocId);
  if (!term) return [];
  const memberships = await db.membership.findMany({
    where: {
      unitId: term.leaderUnitId,
      removedAt: null,
      person: { reachable: true },
      ...(options.excludePersonId ? { personId: { not: options.excludePersonId } } : {}),
    },
    include: { person: true },
    orderBy: { joinedAt: "asc" },
  });
  return memberships.map((membership) => membership.person);
}
