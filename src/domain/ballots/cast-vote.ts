import type { Db, Tx } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { checkChoices } from "./check-choices.js";
import { findOpenBallot } from "./find-open-ballot.js";
import { resolveVoter } from "./resolve-voter.js";

export type CastVoteOptions = {
  actor: Actor;
  blocId: string;
  ballotId: string;
  // titleId → the candidate units ticked.
  choices: Record<string, string[]>;
  now: Date;
  timeZone: string;
};

export type VoteChannel = "meeting" | "written";

// A unit's one vote, cast by its signatory or delegate until the ballot closes or its deadline passes. How it came
// in follows the conference's check-in: a unit checked in votes at the meeting, any other (absent from it, or no
// conference) votes in writing (lấy ý kiến bằng văn bản). The unit always votes itself: a leader recording a paper
// vote for it would see a secret choice.
//
// Secrecy: the participation row (unit, person, channel, time) and the counters are written apart; counters carry
// no voter, no time and no order, and for a secret ballot neither the participation nor the audit row holds the
// choice.
export async function castVote(db: Db, options: CastVoteOptions) {
  assertCan(options.actor, "ballot.vote");
  const personId = options.actor.person!.id;
  return db.$transaction(async (tx) => {
    const ballot = await findOpenBallot(tx, options);
    const voter = await resolveVoter(tx, { blocId: options.blocId, ballotId: ballot.id, personId });
    const key = { ballotId_unitId: { ballotId: ballot.id, unitId: voter.unitId } };
    if (await tx.ballotParticipation.findUnique({ where: key }))
      throw new DomainError("ballots.error_already_voted", { unit: voter.unitName });
    const titles = await tx.ballotTitle.findMany({
      where: { ballotId: ballot.id },
      include: { candidates: true },
      orderBy: { position: "asc" },
    });
    const checked = checkChoices({ titles, choices: options.choices, voterUnitId: voter.unitId, ...ballot });
    const channel = await voteChannel(tx, { conferenceId: ballot.conferenceId, unitId: voter.unitId });
    await tx.ballotParticipation.create({
      data: {
        ballotId: ballot.id,
        unitId: voter.unitId,
        personId,
        role: voter.role,
        channel,
        at: options.now,
        choices: ballot.secret ? null : JSON.stringify(Object.fromEntries(checked)),
      },
    });
    for (const [titleId, unitIds] of checked)
      if (unitIds.length > 0)
        await tx.ballotCandidate.updateMany({
          where: { titleId, unitId: { in: unitIds } },
          data: { votes: { increment: 1 } },
        });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "ballot.voted",
      subjectType: "ballot",
      subjectId: ballot.id,
      details: { unitId: voter.unitId, role: voter.role, channel },
      now: options.now,
    });
    return { unitName: voter.unitName, role: voter.role, channel, secret: ballot.secret };
  });
}

async function voteChannel(tx: Tx, options: { conferenceId: string | null; unitId: string }): Promise<VoteChannel> {
  if (!options.conferenceId) return "written";
  const checkIn = await tx.conferenceCheckIn.findUnique({
    where: { conferenceId_unitId: { conferenceId: options.conferenceId, unitId: options.unitId } },
  });
  return checkIn ? "meeting" : "written";
}
