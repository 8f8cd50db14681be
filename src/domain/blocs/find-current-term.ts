import type { Db, Tx } from "../../db/create-database.js";

// The latest started term decides who leads: leadership rotates yearly. A term set for a coming year (setNextTerm)
// has no startedAt until the term-start job hands it the powers on 1 January in APP_TIMEZONE.
export async function findCurrentTerm(db: Db | Tx, blocId: string) {
  return db.term.findFirst({
    where: { blocId, startedAt: { not: null } },
    orderBy: { year: "desc" },
    include: { leaderUnit: true, deputyUnit: true },
  });
}

// The term waiting for its year, if one is set.
export async function findNextTerm(db: Db | Tx, blocId: string) {
  return db.term.findFirst({
    where: { blocId, startedAt: null },
    orderBy: { year: "asc" },
    include: { leaderUnit: true, deputyUnit: true },
  });
}
