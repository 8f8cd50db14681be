import type { Db, Tx } from "../../db/create-database.js";
import { formatDateTime } from "../../i18n/format-date-time.js";
import { DomainError } from "../domain-error.js";
import { personName } from "../people/person-name.js";
import { findOpenRound } from "./find-open-round.js";
import { resolveSigner } from "./resolve-signer.js";

// Everything that must hold before a signature: the round is open, the person may sign for a unit, and that unit
// has not signed yet. Checked when the button is tapped and again inside the signing transaction.
export async function prepareSignature(
  db: Db | Tx,
  options: { blocId: string; roundId: string; personId: string; timeZone: string },
) {
  const round = await findOpenRound(db, options);
  const signer = await resolveSigner(db, options);
  const existing = await db.signature.findUnique({
    where: { roundId_unitId: { roundId: round.id, unitId: signer.unitId } },
  });
  if (existing) {
    const who = await db.person.findUnique({ where: { id: existing.personId } });
    throw new DomainError("signing.error_already_signed", {
      unit: signer.unitName,
      name: who ? personName(who) : "?",
      time: formatDateTime(existing.signedAt, options.timeZone),
    });
  }
  return { round, signer };
}
