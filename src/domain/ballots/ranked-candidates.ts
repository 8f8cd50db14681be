import type { Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";

// The default candidates of a commendation: the year's ranking's top units. Until the review's ranking is
// available the leader picks the candidates.
export async function rankedCandidates(
  _tx: Tx,
  _options: { actor: Actor; blocId: string; year: number; now: Date; seats: number },
): Promise<string[]> {
  throw new DomainError("ballots.error_no_ranking");
}
