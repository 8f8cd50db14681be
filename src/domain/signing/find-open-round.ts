import type { Db, Tx } from "../../db/create-database.js";
import { DomainError } from "../domain-error.js";

// A round that can still be signed; an old button (voided or finished round) gets a clear refusal.
export async function findOpenRound(db: Db | Tx, options: { blocId: string; roundId: string }) {
  const round = await db.signingRound.findFirst({ where: { id: options.roundId, blocId: options.blocId } });
  if (!round) throw new DomainError("signing.error_gone");
  if (round.state === "voided") throw new DomainError("signing.error_round_voided", { title: round.title });
  if (round.state !== "open") throw new DomainError("signing.error_round_closed", { title: round.title });
  return round;
}
