import type { Db } from "../../db/create-database.js";
import { operatorActor } from "../people/operator-actor.js";
import { loadBallotRanking } from "./load-ballot-ranking.js";

// Each unit's place in the year's ranking, for the "ranking" tie rule; empty while the year has no ranking. The
// ranking is read as the installation (the deadline job has no person acting).
export async function ballotUnitRanks(
  db: Db,
  ballot: { blocId: string; year: number; tieRule: string },
  now: Date,
): Promise<Map<string, number>> {
  if (ballot.tieRule !== "ranking") return new Map();
  const ranking = await loadBallotRanking(db, { actor: operatorActor, blocId: ballot.blocId, year: ballot.year, now });
  return new Map((ranking ?? []).map((row) => [row.unitId, row.rank]));
}
