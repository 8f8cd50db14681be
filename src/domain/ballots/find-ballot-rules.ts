import type { Db, Tx } from "../../db/create-database.js";
import { defaultBallotRules, type BallotRules } from "./ballot-rules.js";

// The bloc's rules: those of its latest ballot, so a bloc that voted once under its own rules keeps them.
export async function findBallotRules(db: Db | Tx, blocId: string): Promise<BallotRules> {
  const last = await db.ballot.findFirst({ where: { blocId }, orderBy: [{ openedAt: "desc" }, { id: "desc" }] });
  if (!last) return defaultBallotRules;
  return {
    secret: last.secret,
    quorumNum: last.quorumNum,
    quorumDen: last.quorumDen,
    threshold: last.threshold,
    thresholdBase: last.thresholdBase as BallotRules["thresholdBase"],
    selfVoteAllowed: last.selfVoteAllowed,
    tieRule: last.tieRule as BallotRules["tieRule"],
  };
}
