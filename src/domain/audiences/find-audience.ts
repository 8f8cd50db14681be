import type { Db, Tx } from "../../db/create-database.js";
import type { MemberRole } from "../../generated/prisma/client.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";

// Who a message of the bloc goes to.
export type Audience =
  | { kind: "bloc" } // everyone active: the units' people and the board
  | { kind: "units"; unitIds?: string[]; roles?: MemberRole[] } // the units' people (all units, or some)
  | { kind: "leader_unit" }; // the people of this year's leader unit

// The one answer to "who receives this": active members, once each however many roles they hold, in the order they
// joined, each with the unit they were found through. People Telegram reported unreachable (blocked the bot) are left out here, for every area alike: the leader
// unit was told once when it happened, and writing to the bot again makes them reachable.
export async function findAudience(
  db: Db | Tx,
  options: { blocId: string; audience: Audience; excludePersonIds?: string[] },
) {
  const { audience } = options;
  let unitFilter: object = {};
  if (audience.kind === "leader_unit") {
    const term = await findCurrentTerm(db, options.blocId);
    if (!term) return [];
    unitFilter = { unitId: term.leaderUnitId };
  } else if (audience.kind === "units") {
    unitFilter = { unitId: audience.unitIds ? { in: audience.unitIds } : { not: null } };
    if (audience.roles) unitFilter = { ...unitFilter, role: { in: audience.roles } };
  }
  const memberships = await db.membership.findMany({
    where: {
      blocId: options.blocId,
      removedAt: null,
      person: { reachable: true },
      ...(options.excludePersonIds?.length ? { personId: { notIn: options.excludePersonIds } } : {}),
      ...unitFilter,
    },
    include: { person: true },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
  });
  const people = new Map<string, (typeof memberships)[number]["person"] & { unitId: string | null }>();
  for (const m of memberships) if (!people.has(m.personId)) people.set(m.personId, { ...m.person, unitId: m.unitId });
  return [...people.values()];
}
