import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";
import { quorumRequired } from "./ballot-rules.js";
import type { CandidateOutcome } from "./tally-title.js";

export type BallotResultCandidate = {
  unitId: string;
  unitName: string;
  votes: number;
  share: number;
  outcome: CandidateOutcome;
};
export type BallotResultTitle = {
  id: string;
  name: string;
  seats: number;
  kind: string;
  baseCount: number;
  candidates: BallotResultCandidate[];
};

// A closed or void ballot's figures: the quorum, how the votes came in (counts only), and each title's tally, most
// votes first. Never for an open ballot: results are shown only once it is closed.
export async function getBallotResults(db: Db | Tx, options: { blocId: string; ballotId: string }) {
  const ballot = await db.ballot.findFirst({
    where: { id: options.ballotId, blocId: options.blocId },
    include: { titles: { orderBy: { position: "asc" }, include: { candidates: { orderBy: { position: "asc" } } } } },
  });
  if (!ballot) throw new DomainError("ballots.error_unknown");
  if (ballot.state === "open") throw new DomainError("ballots.error_results_not_yet");
  const channels = await db.ballotParticipation.groupBy({
    by: ["channel"],
    where: { ballotId: ballot.id },
    _count: { _all: true },
  });
  const count = (channel: string) => channels.find((c) => c.channel === channel)?._count._all ?? 0;
  const voted = count("meeting") + count("written");
  const units = await db.unit.findMany({ where: { blocId: options.blocId }, select: { id: true, name: true } });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const required = quorumRequired(ballot, ballot.unitsTotal);
  const baseCount = ballot.thresholdBase === "voting_units" ? voted : ballot.unitsTotal;
  const titles: BallotResultTitle[] = ballot.titles.map((title) => ({
    id: title.id,
    name: title.name,
    seats: title.seats,
    kind: title.kind,
    baseCount,
    candidates: title.candidates
      .map((c) => ({
        unitId: c.unitId,
        unitName: unitName.get(c.unitId) ?? "?",
        votes: c.votes,
        share: baseCount > 0 ? c.votes / baseCount : 0,
        outcome: (c.outcome ?? "not_elected") as CandidateOutcome,
      }))
      .sort((a, b) => b.votes - a.votes),
  }));
  return {
    ballot,
    quorum: { required, voted, met: voted >= required },
    votesBy: { meeting: count("meeting"), written: count("written"), notVoted: ballot.unitsTotal - voted },
    titles,
  };
}

export type BallotResults = Awaited<ReturnType<typeof getBallotResults>>;
