import type { Tx } from "../../db/create-database.js";
import type { AuditActor } from "../audit/record-audit.js";
import { recordAudit } from "../audit/record-audit.js";
import { quorumRequired, type BallotRules } from "./ballot-rules.js";
import { queueBallotResults } from "./queue-ballot-results.js";
import { tallyTitle } from "./tally-title.js";

type OpenBallot = {
  id: string;
  blocId: string;
  year: number;
  unitsTotal: number;
  quorumNum: number;
  quorumDen: number;
};

// Closes a ballot, by the leader or at its deadline: with the quorum met each title's outcome is written on its
// candidates; without it the ballot is void with the reason. Everyone in the bloc is told, through the outbox.
// `ranks`: the units' places in the year's ranking (ballotUnitRanks), read before the transaction.
export async function settleBallot(
  tx: Tx,
  ballot: OpenBallot & BallotRules,
  options: { actor: AuditActor; now: Date; ranks: Map<string, number> },
) {
  const voted = await tx.ballotParticipation.count({ where: { ballotId: ballot.id } });
  const required = quorumRequired(ballot, ballot.unitsTotal);
  const met = voted >= required;
  if (met) await writeOutcomes(tx, ballot, voted, options.ranks);
  await tx.ballot.update({
    where: { id: ballot.id },
    data: met
      ? { state: "closed", closedAt: options.now }
      : { state: "void", closedAt: options.now, voidReason: "quorum_not_met" },
  });
  await queueBallotResults(tx, { ballotId: ballot.id, now: options.now });
  await recordAudit(tx, {
    blocId: ballot.blocId,
    actor: options.actor,
    action: met ? "ballot.closed" : "ballot.voided",
    subjectType: "ballot",
    subjectId: ballot.id,
    details: { voted, required, unitsTotal: ballot.unitsTotal },
    now: options.now,
  });
  return { voted, required, met };
}

async function writeOutcomes(tx: Tx, ballot: OpenBallot & BallotRules, voted: number, ranks: Map<string, number>) {
  const titles = await tx.ballotTitle.findMany({ where: { ballotId: ballot.id }, include: { candidates: true } });
  for (const title of titles) {
    const outcomes = tallyTitle({
      seats: title.seats,
      candidates: title.candidates.map((c) => ({ ...c, rank: ranks.get(c.unitId) ?? null })),
      baseCount: ballot.thresholdBase === "voting_units" ? voted : ballot.unitsTotal,
      threshold: ballot.threshold,
      tieRule: ballot.tieRule,
    });
    for (const candidate of title.candidates)
      await tx.ballotCandidate.update({
        where: { id: candidate.id },
        data: { outcome: outcomes.get(candidate.unitId)! },
      });
  }
}
