import type { Db } from "../../db/create-database.js";
import type { BallotRules } from "./ballot-rules.js";
import { ballotUnitRanks } from "./ballot-unit-ranks.js";
import { settleBallot } from "./settle-ballot.js";

// At most this many ballots per run; the next minute takes the rest.
const batchSize = 20;

// The deadline job: every open ballot whose deadline has passed is closed (or voided), one transaction each. The
// state is read again inside it, so a ballot the leader closed meanwhile, or a second run, changes nothing.
export async function closeDueBallots(db: Db, options: { now: Date }) {
  const due = await db.ballot.findMany({
    where: { state: "open", deadline: { lt: options.now } },
    orderBy: { deadline: "asc" },
    take: batchSize,
  });
  let closed = 0;
  for (const { id, ...found } of due) {
    const ranks = await ballotUnitRanks(db, found, options.now);
    const done = await db.$transaction(async (tx) => {
      const ballot = await tx.ballot.findUnique({ where: { id } });
      if (ballot?.state !== "open") return false;
      await settleBallot(tx, ballot as typeof ballot & BallotRules, { actor: {}, now: options.now, ranks });
      return true;
    });
    if (done) closed++;
  }
  return { closed };
}
