import type { Db } from "../../db/create-database.js";
import type { Actor } from "../people/load-actor.js";

export type BallotRankingRow = {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  percent: number;
  bandLabel: string | null;
};

// The year's ranking the ballot stands on (candidates, the "ranking" tie rule, the documents), best first; null
// while the year has none. Read outside any transaction: it is the review's own reading of the scores.
export async function loadBallotRanking(
  _db: Db,
  _options: { actor: Actor; blocId: string; year: number; now: Date },
): Promise<BallotRankingRow[] | null> {
  return null;
}
