import type { Db } from "../../db/create-database.js";
import type { Person } from "../../generated/prisma/client.js";
import type { MemberRole } from "../members/member-role.js";
import { activeConversationOf, type ActiveConversation } from "../conversations/get-conversation.js";

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

type ActorRow = Person & {
  membershipId: string | null;
  role: MemberRole | null;
  blocId: string | null;
  blocCode: string | null;
  blocName: string | null;
  blocProvince: string | null;
  unitId: string | null;
  unitCode: string | null;
  unitName: string | null;
  unitShortName: string | null;
  leaderUnitId: string | null;
  conversationId: string | null;
  conversationKind: string | null;
  conversationStep: string | null;
  conversationData: string | null;
  conversationExpiresAt: Date | null;
};

// One statement for the person, the acting membership (as findActingMembership picks it: active, most recently
// joined, id breaking a tie), its bloc and unit, and the current term's leader unit (as findCurrentTerm: the
// latest started term; a term set for a coming year has no powers yet). Read for every update: as separate Prisma
// queries this was eight statements and most of a /help's time (bench/update-throughput.ts).
export async function loadActor(db: Db, options: { telegramId: number }): Promise<Actor> {
  return actorOf(options.telegramId, await readActorRow(db, options.telegramId));
}

// The same statement also brings the person's open wizard (getConversation's answer): each update needs both, and a
// second query was a tenth of a /help's time.
export async function loadActorAndConversation(
  db: Db,
  options: { telegramId: number; now: Date },
): Promise<{ actor: Actor; conversation: ActiveConversation | null }> {
  const row = await readActorRow(db, options.telegramId);
  const conversation =
    row?.conversationId == null
      ? null
      : activeConversationOf(
          {
            id: row.conversationId,
            kind: row.conversationKind!,
            step: row.conversationStep!,
            data: row.conversationData!,
            expiresAt: row.conversationExpiresAt!,
          },
          options.now,
        );
  return { actor: actorOf(options.telegramId, row), conversation };
}

async function readActorRow(db: Db, telegramId: number): Promise<ActorRow | undefined> {
  const rows = await db.$queryRaw<ActorRow[]>`
    SELECT p.*, m."id" AS "membershipId", m."role" AS "role", m."blocId" AS "blocId", m."unitId" AS "unitId",
      b."code" AS "blocCode", b."name" AS "blocName", b."province" AS "blocProvince",
      u."code" AS "unitCode", u."name" AS "unitName", u."shortName" AS "unitShortName",
      (SELECT t."leaderUnitId" FROM "Term" t WHERE t."blocId" = m."blocId" AND t."startedAt" IS NOT NULL
        ORDER BY t."year" DESC LIMIT 1)
        AS "leaderUnitId",
      c."id" AS "conversationId", c."kind" AS "conversationKind", c."step" AS "conversationStep",
      c."data" AS "conversationData", c."expiresAt" AS "conversationExpiresAt"
    FROM "Person" p
    LEFT JOIN "Membership" m ON m."id" = (
      SELECT a."id" FROM "Membership" a WHERE a."personId" = p."id" AND a."removedAt" IS NULL
      ORDER BY a."joinedAt" DESC, a."id" DESC LIMIT 1)
    LEFT JOIN "Bloc" b ON b."id" = m."blocId"
    LEFT JOIN "Unit" u ON u."id" = m."unitId"
    LEFT JOIN "Conversation" c ON c."personId" = p."id"
    WHERE p."telegramId" = ${BigInt(telegramId)}`;
  return rows[0];
}

function actorOf(telegramId: number, row: ActorRow | undefined): Actor {
  const empty: Actor = {
    telegramId,
    person: row ? personOf(row) : null,
    bloc: null,
    unit: null,
    role: null,
    membershipId: null,
    isLeaderUnit: false,
  };
  if (!row?.membershipId) return empty;
  return {
    ...empty,
    bloc: { id: row.blocId!, code: row.blocCode!, name: row.blocName!, province: row.blocProvince! },
    unit: row.unitId
      ? { id: row.unitId, code: row.unitCode!, name: row.unitName!, shortName: row.unitShortName }
      : null,
    role: row.role,
    membershipId: row.membershipId,
    isLeaderUnit: row.unitId !== null && row.leaderUnitId === row.unitId,
  };
}

function personOf(row: ActorRow): Person {
  const {
    membershipId: _membershipId,
    role: _role,
    blocId: _blocId,
    blocCode: _blocCode,
    blocName: _blocName,
    blocProvince: _blocProvince,
    unitId: _unitId,
    unitCode: _unitCode,
    unitName: _unitName,
    unitShortName: _unitShortName,
    leaderUnitId: _leaderUnitId,
    conversationId: _conversationId,
    conversationKind: _conversationKind,
    conversationStep: _conversationStep,
    conversationData: _conversationData,
    conversationExpiresAt: _conversationExpiresAt,
    ...person
  } = row;
  return person;
}
