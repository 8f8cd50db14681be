import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";
import type { MemberRole } from "./member-role.js";

export type MemberView = {
  membershipId: string;
  personId: string;
  name: string;
  username: string | null;
  role: MemberRole;
  joinedAt: Date;
};
export type UnitMembers = { unitId: string | null; unitName: string | null; members: MemberView[] };

// Grouped per unit in the order units were imported; board members come last under unitId null.
export async function listMembers(db: Db, options: { blocId: string; unitId?: string }): Promise<UnitMembers[]> {
  const units = await db.unit.findMany({
    where: { blocId: options.blocId, ...(options.unitId ? { id: options.unitId } : {}) },
    orderBy: [{ position: "asc" }, { code: "asc" }],
  });
  const memberships = await db.membership.findMany({
    where: { blocId: options.blocId, removedAt: null, ...(options.unitId ? { unitId: options.unitId } : {}) },
    include: { person: true },
    orderBy: { joinedAt: "asc" },
  });
  const view = (unitId: string | null) =>
    memberships
      .filter((m) => m.unitId === unitId)
      .map((m) => ({
        membershipId: m.id,
        personId: m.personId,
        name: personName(m.person),
        username: m.person.username,
        role: m.role,
        joinedAt: m.joinedAt,
      }));
  const groups: UnitMembers[] = units.map((u) => ({ unitId: u.id, unitName: u.name, members: view(u.id) }));
  const board = view(null);
  if (!options.unitId && board.length > 0) groups.push({ unitId: null, unitName: null, members: board });
  return groups;
}
