import type { Db } from "../../db/create-database.js";
import type { MemberRole, Person } from "../../generated/prisma/client.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";

export type ActorBloc = { id: string; code: string; name: string; province: string };
export type ActorUnit = { id: string; code: string; name: string; shortName: string | null };

// Everything the policy needs to know about who is acting, read fresh for every update.
export type Actor = {
  telegramId: number;
  person: Person | null;
  bloc: ActorBloc | null;
  unit: ActorUnit | null;
  role: MemberRole | null;
  membershipId: string | null;
  isLeaderUnit: boolean;
  // The operator at the command line (bloc import, invite create): trusted for every action.
  operator?: true;
};

export async function loadActor(db: Db, options: { telegramId: number }): Promise<Actor> {
  const person = await db.person.findUnique({ where: { telegramId: BigInt(options.telegramId) } });
  const empty: Actor = {
    telegramId: options.telegramId,
    person,
    bloc: null,
    unit: null,
    role: null,
    membershipId: null,
    isLeaderUnit: false,
  };
  if (!person) return empty;
  // A person may serve several blocs over the years; the most recent membership is the one in use.
  const membership = await db.membership.findFirst({
    where: { personId: person.id, removedAt: null },
    orderBy: { joinedAt: "desc" },
    include: { bloc: true, unit: true },
  });
  if (!membership) return empty;
  const term = membership.unitId ? await findCurrentTerm(db, membership.blocId) : null;
  return {
    ...empty,
    bloc: membership.bloc,
    unit: membership.unit,
    role: membership.role,
    membershipId: membership.id,
    isLeaderUnit: term !== null && term.leaderUnitId === membership.unitId,
  };
}
