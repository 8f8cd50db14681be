import type { Db, Tx } from "../../db/create-database.js";

// The active signatories of each unit, and the round's delegates: the people a round is sent to.
export async function listSigners(db: Db | Tx, options: { blocId: string; roundId?: string; unitIds?: string[] }) {
  const signatories = await db.membership.findMany({
    where: {
      blocId: options.blocId,
      role: "signatory",
      removedAt: null,
      unitId: options.unitIds ? { in: options.unitIds } : { not: null },
    },
    include: { person: true },
  });
  const delegations = options.roundId
    ? await db.signingDelegation.findMany({
        where: { roundId: options.roundId, ...(options.unitIds ? { unitId: { in: options.unitIds } } : {}) },
      })
    : [];
  const delegates = await db.person.findMany({ where: { id: { in: delegations.map((d) => d.delegateId) } } });
  return [
    ...signatories.map((m) => ({ unitId: m.unitId!, person: m.person })),
    ...delegations.flatMap((d) => {
      const person = delegates.find((p) => p.id === d.delegateId);
      return person ? [{ unitId: d.unitId, person }] : [];
    }),
  ];
}
