import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { MemberRole } from "../members/member-role.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { defaultInviteTtlMs } from "./invite-ttl.js";
import { generateInviteToken, hashInviteToken } from "./invite-token.js";

export type CreateInviteOptions = {
  blocId: string;
  unitId: string | null;
  role: MemberRole;
  maxUses?: number;
  ttlMs?: number;
  actor: Actor;
  now: Date;
};

export type CreatedInvite = {
  id: string;
  token: string;
  expiresAt: Date;
  role: MemberRole;
  unitId: string | null;
  maxUses: number;
};

// The token is returned once and only its hash is stored. Board invites are the board's (or the operator's).
export async function createInvite(db: Db, options: CreateInviteOptions): Promise<CreatedInvite> {
  const { role, unitId, now } = options;
  assertCan(options.actor, role === "board" ? "invite.create_board" : "invite.create");
  if ((role === "board") !== (unitId === null)) throw new DomainError("invite.error_role_unit_mismatch");
  const maxUses = options.maxUses ?? 1;
  if (!Number.isInteger(maxUses) || maxUses < 1 || maxUses > 1000) throw new DomainError("invite.error_bad_uses");
  const token = generateInviteToken();
  const expiresAt = new Date(now.getTime() + (options.ttlMs ?? defaultInviteTtlMs));
  return db.$transaction(async (tx) => {
    if (unitId) {
      const unit = await tx.unit.findFirst({ where: { id: unitId, blocId: options.blocId } });
      if (!unit) throw new DomainError("invite.error_unknown_unit");
    }
    const invite = await tx.invite.create({
      data: {
        blocId: options.blocId,
        unitId,
        role,
        tokenHash: hashInviteToken(token),
        maxUses,
        expiresAt,
        createdAt: now,
        createdById: options.actor.person?.id ?? null,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "invite.created",
      subjectType: "invite",
      subjectId: invite.id,
      details: { role, unitId, maxUses, expiresAt: expiresAt.toISOString() },
      now,
    });
    return { id: invite.id, token, expiresAt, role, unitId, maxUses };
  });
}
