import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { MemberRole } from "../members/member-role.js";
import type { TelegramProfile } from "../people/telegram-profile.js";
import { upsertPerson } from "../people/upsert-person.js";
import { hashInviteToken, isWellFormedInviteToken } from "./invite-token.js";
import { personName } from "../people/person-name.js";
import { queueJoinNotice } from "./queue-join-notice.js";

export type RedeemInviteResult = {
  status: "joined" | "already_member";
  personId: string;
  bloc: { id: string; name: string };
  unit: { id: string; name: string } | null;
  role: MemberRole;
  // How many leader-unit members will be told through the outbox (in a digest, see queueJoinNotice).
  notified: number;
};

export type RedeemInviteOptions = { token: string; profile: TelegramProfile; now: Date };

// Refusals throw DomainError before anything is written: a bad token changes nothing. No policy check: the
// person is not a member yet, and the token (made by someone the policy allowed) is what admits them.
export async function redeemInvite(db: Db, options: RedeemInviteOptions): Promise<RedeemInviteResult> {
  const { token, profile, now } = options;
  if (!isWellFormedInviteToken(token)) throw new DomainError("start.error_malformed");
  return db.$transaction(async (tx) => {
    const invite = await tx.invite.findUnique({
      where: { tokenHash: hashInviteToken(token) },
      include: { bloc: true, unit: true },
    });
    if (!invite || invite.revokedAt) throw new DomainError("start.error_unknown");
    if (invite.expiresAt.getTime() <= now.getTime()) throw new DomainError("start.error_expired");
    const existingPerson = await tx.person.findUnique({ where: { telegramId: BigInt(profile.telegramId) } });
    const current = existingPerson
      ? await tx.membership.findFirst({
          where: { personId: existingPerson.id, blocId: invite.blocId, removedAt: null },
          include: { unit: true },
        })
      : null;
    const result = {
      bloc: { id: invite.bloc.id, name: invite.bloc.name },
      unit: invite.unit ? { id: invite.unit.id, name: invite.unit.name } : null,
      role: invite.role,
      notified: 0,
    };
    if (current) {
      if (current.unitId === invite.unitId && current.role === invite.role) {
        return { ...result, status: "already_member" as const, personId: existingPerson!.id };
      }
      if (current.unitId === invite.unitId) {
        throw new DomainError("start.error_other_role", { role: current.role });
      }
      throw new DomainError("start.error_other_unit", {
        unit: current.unit?.name ?? invite.bloc.name,
        bloc: invite.bloc.name,
      });
    }
    if (invite.uses >= invite.maxUses) throw new DomainError("start.error_used");
    // Conditional increment: two people racing for the last use cannot both win.
    const claimed = await tx.invite.updateMany({
      where: { id: invite.id, uses: { lt: invite.maxUses } },
      data: { uses: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new DomainError("start.error_used");
    const person = await upsertPerson(tx, { profile, now });
    const membership = await tx.membership.create({
      data: {
        personId: person.id,
        blocId: invite.blocId,
        unitId: invite.unitId,
        role: invite.role,
        inviteId: invite.id,
        joinedAt: now,
      },
    });
    await recordAudit(tx, {
      blocId: invite.blocId,
      actor: { personId: person.id, telegramId: profile.telegramId },
      action: "member.joined",
      subjectType: "membership",
      subjectId: membership.id,
      details: { unitId: invite.unitId, role: invite.role, inviteId: invite.id },
      now,
    });
    const notified = await queueJoinNotice(tx, {
      blocId: invite.blocId,
      joinerId: person.id,
      line: {
        key: "start.notify_leader_line",
        params: {
          name: personName(profile),
          unit: invite.unit?.name ?? { key: "role.board" },
          role: { key: `role.${invite.role}` },
        },
      },
      now,
    });
    return { ...result, status: "joined" as const, personId: person.id, notified };
  });
}
