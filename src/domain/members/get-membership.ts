import type { Db } from "../../db/create-database.js";
import { personName } from "../people/person-name.js";

export async function getMembership(db: Db, options: { blocId: string; membershipId: string }) {
  const membership = await db.membership.findFirst({
    where: { id: options.membershipId, blocId: options.blocId, removedAt: null },
    include: { person: true, unit: true },
  });
  if (!membership) return null;
  return {
    membershipId: membership.id,
    name: personName(membership.person),
    unitName: membership.unit?.name ?? null,
    role: membership.role,
  };
}
