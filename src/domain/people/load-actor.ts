import type { Db } from "../../db/create-database.js";
import type { Person } from "../../generated/prisma/client.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { findActingMembership } from "../members/find-acting-membership.js";
import type { MemberRole } from "../members/member-role.js";

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
  // A person may serve several blocs over the years; findActingMembership says which membership is in use.
  const membership = await findActingMembership(db, { personId: person.id });
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
