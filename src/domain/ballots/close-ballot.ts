import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import type { BallotRules } from "./ballot-rules.js";
import { ballotUnitRanks } from "./ballot-unit-ranks.js";
import { settleBallot } from "./settle-ballot.js";

// The leader unit closes the ballot (before its deadline, or after it when the job has not yet): results if the
// quorum was met, else void.
export async function closeBallot(db: Db, options: { actor: Actor; blocId: string; ballotId: string; now: Date }) {
  assertCan(options.actor, "ballot.close");
  const found = await db.ballot.findFirst({ where: { id: options.ballotId, blocId: options.blocId } });
  const ranks = found ? await ballotUnitRanks(db, found, options.now) : new Map<string, number>();
  return db.$transaction(async (tx) => {
    const ballot = await tx.ballot.findFirst({ where: { id: options.ballotId, blocId: options.blocId } });
    if (!ballot) throw new DomainError("ballots.error_unknown");
    if (ballot.state !== "open") throw new DomainError("ballots.error_closed");
    const outcome = await settleBallot(tx, ballot as typeof ballot & BallotRules, {
      actor: auditActor(options.actor),
      now: options.now,
      ranks,
    });
    return { ballotId: ballot.id, ...outcome };
  });
}
