import type { Db } from "../../db/create-database.js";

// The term set for one year of the bloc, if any, with its units' names (the board's replace confirmation).
export async function findTermForYear(db: Db, options: { blocId: string; year: number }) {
  return db.term.findUnique({
    where: { blocId_year: { blocId: options.blocId, year: options.year } },
    include: { leaderUnit: true, deputyUnit: true },
  });
}
