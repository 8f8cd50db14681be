import type { Db, Tx } from "../../db/create-database.js";

// The latest year's term decides who leads: leadership rotates yearly and the newest import wins.
export async function findCurrentTerm(db: Db | Tx, blocId: string) {
  return db.term.findFirst({
    where: { blocId },
    orderBy: { year: "desc" },
    include: { leaderUnit: true, deputyUnit: true },
  });
}
