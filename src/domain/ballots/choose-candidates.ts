import type { Db } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import type { BallotTitleInput } from "./ballot-rules.js";
import { rankedCandidates } from "./ranked-candidates.js";

type Unit = { id: string; name: string };

// Each title's candidates: those given (units of this bloc, each once), else for a commendation the ranking's top
// units and for an election every unit. Read before the ballot is written (the ranking is read outside it).
export async function chooseCandidates(
  db: Db,
  options: { actor: Actor; blocId: string; year: number; now: Date; titles: BallotTitleInput[]; units: Unit[] },
): Promise<string[][]> {
  const known = new Set(options.units.map((u) => u.id));
  const chosen: string[][] = [];
  for (const title of options.titles) {
    const ids = title.candidateUnitIds
      ? [...new Set(title.candidateUnitIds)]
      : title.kind === "commendation"
        ? await rankedCandidates(db, { ...options, seats: title.seats })
        : options.units.map((u) => u.id);
    if (ids.some((id) => !known.has(id))) throw new DomainError("ballots.error_candidate_outside");
    if (ids.length < title.seats) throw new DomainError("ballots.error_few_candidates", { title: title.name });
    chosen.push(ids);
  }
  return chosen;
}
