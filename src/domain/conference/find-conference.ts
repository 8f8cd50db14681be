import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

// A conference of the bloc, whatever its state; an unknown id (or another bloc's) is refused.
export async function findConference(db: Db | Tx, options: { blocId: string; conferenceId: string }) {
  const conference = await db.conference.findFirst({ where: { id: options.conferenceId, blocId: options.blocId } });
  if (!conference) throw new DomainError("conference.error_gone");
  return conference;
}
