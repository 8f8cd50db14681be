import type { Db, Tx } from "../../db/create-database.js";
import type { MemberRole } from "../members/member-role.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";

// Who a message of the bloc goes to.
export type Audience =
  | { kind: "bloc" } // everyone active: the units' people and the board
  | { kind: "units"; unitIds?: string[]; roles?: MemberRole[] } // the units' people (all units, or some)
  | { kind: "leader_unit" }; // the people of this year's leader unit

// SQLite refuses more than 999 bound values in one statement; a bloc of thousands of units is read in chunks.
const unitChunkSize = 500;

function chunks(unitIds: string[] | undefined): (string[] | undefined)[] {
  if (!unitIds) return [undefined];
  const out: string[][] = [];
  for (let start = 0; start < unitIds.length; start += unitChunkSize)
    out.push(unitIds.slice(start, start + unitChunkSize));
  return out;
}

// The one answer to "who receives this": active members, once each however many roles they hold, in the order they
// joined, each with the unit and role they were found through. People Telegram reported unreachable (blocked the
// bot) are left out here, for every area alike: the leader unit was told once when it happened, and writing to the
// bot again makes them reachable.
export async function findAudience(db: Db | Tx, options: AudienceOptions) {
  return (await findAudienceReach(db, options)).people;
}

type AudienceOptions = { blocId: string; audience: Audience; excludePersonIds?: string[] };

// The audience and, counted apart, the people it would hold but whom Telegram reported unreachable, so a sender
// is told "10 người, 1 không liên lạc được" rather than a count that silently shrank.
export async function findAudienceReach(db: Db | Tx, options: AudienceOptions) {
  const { audience } = options;
  let unitIds: string[] | undefined;
  if (audience.kind === "leader_unit") {
    const term = await findCurrentTerm(db, options.blocId);
    if (!term) return { people: [], unreachable: 0 };
    unitIds = [term.leaderUnitId];
  } else if (audience.kind === "units") unitIds = audience.unitIds;
  const roles = audience.kind === "units" ? audience.roles : undefined;
  const found = [];
  for (const chunk of chunks(unitIds)) {
    const memberships = await db.membership.findMany({
      where: {
        blocId: options.blocId,
        removedAt: null,
        ...(options.excludePersonIds?.length ? { personId: { notIn: options.excludePersonIds } } : {}),
        ...(chunk ? { unitId: { in: chunk } } : audience.kind === "units" ? { unitId: { not: null } } : {}),
        ...(roles ? { role: { in: roles } } : {}),
      },
      include: { person: true },
      orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    });
    found.push(...memberships);
  }
  if (unitIds && unitIds.length > unitChunkSize)
    found.sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime() || a.id.localeCompare(b.id));
  const people = new Map<string, (typeof found)[number]["person"] & { unitId: string | null; role: MemberRole }>();
  for (const m of found)
    if (!people.has(m.personId)) people.set(m.personId, { ...m.person, unitId: m.unitId, role: m.role });
  const everyone = [...people.values()];
  const reachable = everyone.filter((person) => person.reachable);
  return { people: reachable, unreachable: everyone.length - reachable.length };
}
