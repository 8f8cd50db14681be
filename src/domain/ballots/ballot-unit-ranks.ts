import type { Tx } from "../../db/create-database.js";

// Each unit's place in the year's ranking, for the "ranking" tie rule; empty while the year has no ranking.
export async function ballotUnitRanks(
  _tx: Tx,
  _options: { blocId: string; year: number; now: Date },
): Promise<Map<string, number>> {
  return new Map();
}
