import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { loadBallotRanking } from "./load-ballot-ranking.js";

// How many ranked units a commendation offers per seat, so the meeting has a choice.
const candidatesPerSeat = 2;

// The default candidates of a commendation: the year's ranking's top units. Without a ranking the leader picks them.
export async function rankedCandidates(
  db: Db,
  options: { actor: Actor; blocId: string; year: number; now: Date; seats: number },
): Promise<string[]> {
  const ranking = await loadBallotRanking(db, options);
  if (!ranking?.length) throw new DomainError("ballots.error_no_ranking");
  return ranking.slice(0, Math.max(options.seats, options.seats * candidatesPerSeat)).map((row) => row.unitId);
}
