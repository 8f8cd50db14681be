import type { Db, Tx } from "../../db/create-database.js";

// Which membership a person acts through: the active one (not removed) in the given bloc, or in any bloc.
// A person has at most one active membership per bloc (redeemInvite refuses a second unit or role), so within a
// bloc the answer is unique. Across blocs (someone who served one bloc and then joined another) the most recently
// joined membership is the one in use, as the actor has always been loaded; the id breaks a tie on joinedAt so
// the answer never depends on the database's row order.
export async function findActingMembership(db: Db | Tx, options: { personId: string; blocId?: string }) {
  return db.membership.findFirst({
    where: { personId: options.personId, removedAt: null, ...(options.blocId ? { blocId: options.blocId } : {}) },
    orderBy: [{ joinedAt: "desc" }, { id: "desc" }],
    include: { bloc: true, unit: true, person: true },
  });
}
