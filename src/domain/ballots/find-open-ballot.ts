import type { Db, Tx } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { DomainError } from "../domain-error.js";

// The ballot a vote, a delegation or a close is about, while it still takes votes: open and before its deadline.
export async function findOpenBallot(
  db: Db | Tx,
  options: { blocId: string; ballotId: string; now: Date; timeZone: string },
) {
  const ballot = await db.ballot.findFirst({ where: { id: options.ballotId, blocId: options.blocId } });
  if (!ballot) throw new DomainError("ballots.error_unknown");
  if (ballot.state !== "open") throw new DomainError("ballots.error_closed");
  if (options.now > ballot.deadline)
    throw new DomainError("ballots.error_past_deadline", {
      deadline: formatDateTime(ballot.deadline, options.timeZone),
    });
  return ballot;
}
