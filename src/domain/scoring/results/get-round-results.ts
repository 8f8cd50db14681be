import type { Db } from "../../../db/create-database.js";
import { loadViewableRound, rankRound, type GetRoundRankingOptions, type RoundRanking } from "./get-round-ranking.js";
import { loadScoringResultsReport } from "./load-scoring-results-report.js";
import type { ScoringResultsReport } from "./scoring-results-report.js";

// /results: the ranking, and for the leader unit and the board the files' report too, from one read of the round.
export async function getRoundResults(
  db: Db,
  options: GetRoundRankingOptions & { timeZone: string; withFiles: boolean },
): Promise<{ ranking: RoundRanking; report: ScoringResultsReport | null }> {
  const loaded = await loadViewableRound(db, options);
  const ranking = rankRound(loaded);
  const report = options.withFiles ? await loadScoringResultsReport(db, { ...options, loaded }) : null;
  return { ranking, report };
}
