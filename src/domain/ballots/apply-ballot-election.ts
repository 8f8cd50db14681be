import type { Db } from "../../db/create-database.js";
import { setNextTerm } from "../blocs/set-next-term.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { getBallotResults, type BallotResultTitle } from "./get-ballot-results.js";

// The one unit a closed ballot elected for an election title; a tie (to be voted again) or no one elected names
// nobody, and the term is then set by the board.
function electedUnit(title: BallotResultTitle | undefined): string | null {
  if (!title) return null;
  const elected = title.candidates.filter((c) => c.outcome === "elected");
  if (elected.length !== 1) throw new DomainError("ballots.error_election_open", { title: title.name });
  return elected[0]!.unitId;
}

// Next year's leader and deputy from the ballot's election titles ("Khối trưởng năm sau", "Khối phó năm sau"), set
// by the leader unit through setNextTerm (source "ballot"), which checks and records it.
export async function applyBallotElection(
  db: Db,
  options: { actor: Actor; blocId: string; ballotId: string; now: Date; timeZone: string },
) {
  const { ballot, titles } = await getBallotResults(db, options);
  if (ballot.state !== "closed") throw new DomainError("ballots.error_election_void");
  const leaderTitle = titles.find((t) => t.kind === "election_leader");
  if (!leaderTitle) throw new DomainError("ballots.error_no_election");
  return setNextTerm(db, {
    actor: options.actor,
    blocId: options.blocId,
    year: ballot.year + 1,
    leaderUnitId: electedUnit(leaderTitle)!,
    deputyUnitId: electedUnit(titles.find((t) => t.kind === "election_deputy")),
    source: "ballot",
    ballotId: ballot.id,
    now: options.now,
    timeZone: options.timeZone,
  });
}
