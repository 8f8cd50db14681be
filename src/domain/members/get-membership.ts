import type { Db } from "../../db/create-database.js";

export async function getMembership(db: Db, options: { blocId: string; membershipId: string }) {
  const membership = await db.membership.findFirst({
    where: { id: options.membershipId, blocId: options.blocId, removedAt: null },
    include: { person: true, unit: true },
  });
  if (!membership) return null;
  return {
    membershipId: membership.id,
    name: [membership.person.firstName, membership.person.lastName].filter(Boolean).join(" "),
    unitName: membership.unit?.name ?? null,
    role: membership.role,
  };
}
