import type { Db } from "../../db/create-database.js";
import { isDomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { getRoundRanking } from "../scoring/results/get-round-ranking.js";

export type BallotRankingRow = {
  unitId: string;
  unitName: string;
  rank: number;
  total: number;
  percent: number;
  bandLabel: string | null;
};

// The year's ranking the ballot stands on (default candidates, the "ranking" tie rule, the documents), best first;
// null while the year has none the actor may read (no review round, or not yet published to a member). Read
// outside any transaction: it is the review's own reading of the scores (getRoundRanking).
export async function loadBallotRanking(
  db: Db,
  options: { actor: Actor; blocId: string; year: number; now: Date },
): Promise<BallotRankingRow[] | null> {
  try {
    const ranking = await getRoundRanking(db, options);
    return ranking.rows.map(({ unitId, unitName, rank, total, percent, bandLabel }) => ({
      unitId,
      unitName,
      rank,
      total,
      percent,
      bandLabel,
    }));
  } catch (error) {
    if (isDomainError(error)) return null;
    throw error;
  }
}
