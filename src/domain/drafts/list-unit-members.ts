import type { Db, Tx } from "../../db/create-database.js";

// Active members of the bloc's units (not the board), optionally only some units: who drafts go to.
export async function listUnitMembers(db: Db | Tx, options: { blocId: string; unitIds?: string[] }) {
  const memberships = await db.membership.findMany({
    where: {
      blocId: options.blocId,
      removedAt: null,
      unitId: options.unitIds ? { in: options.unitIds } : { not: null },
    },
    include: { person: true },
    orderBy: { joinedAt: "asc" },
  });
  const seen = new Set<string>();
  return memberships.filter((m) => !seen.has(m.personId) && seen.add(m.personId));
}
