import type { Db, Tx } from "../../db/create-database.js";

// Everyone active in the bloc (units and board), once each: who hears about the bloc-wide outcomes.
export async function listBlocPeople(db: Db | Tx, options: { blocId: string }) {
  const members = await db.membership.findMany({
    where: { blocId: options.blocId, removedAt: null },
    include: { person: true },
  });
  return [...new Map(members.map((m) => [m.personId, m.person])).values()];
}
