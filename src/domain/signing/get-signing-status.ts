import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";

// Where the latest round stands: who signed (and how), who is missing.
export async function getSigningStatus(db: Db, options: { blocId: string; roundId?: string }) {
  const round = options.roundId
    ? await db.signingRound.findFirst({ where: { id: options.roundId, blocId: options.blocId } })
    : await db.signingRound.findFirst({ where: { blocId: options.blocId }, orderBy: { openedAt: "desc" } });
  if (!round) return null;
  const [units, signatures, delegations] = await Promise.all([
    db.unit.findMany({ where: { blocId: options.blocId }, orderBy: [{ position: "asc" }, { code: "asc" }] }),
    db.signature.findMany({ where: { roundId: round.id } }),
    db.signingDelegation.findMany({ where: { roundId: round.id } }),
  ]);
  const people = await db.person.findMany({
    where: {
      id: {
        in: [
          ...signatures.flatMap((s) => [s.personId, s.delegatedById ?? ""]),
          ...delegations.map((d) => d.delegateId),
        ],
      },
    },
  });
  const nameOf = (id: string | null) =>
    id ? (people.find((p) => p.id === id) ? personName(people.find((p) => p.id === id)!) : "?") : null;
  const rows = units.map((unit) => {
    const signature = signatures.find((s) => s.unitId === unit.id);
    const delegation = delegations.find((d) => d.unitId === unit.id);
    return {
      unitId: unit.id,
      unitName: unit.name,
      shortName: unit.shortName,
      signerName: signature ? nameOf(signature.personId) : null,
      role: signature?.role ?? null,
      delegatedByName: signature ? nameOf(signature.delegatedById) : null,
      signedAt: signature?.signedAt ?? null,
      delegateName: delegation ? nameOf(delegation.delegateId) : null,
    };
  });
  return { round, rows, signed: signatures.length, total: units.length };
}
