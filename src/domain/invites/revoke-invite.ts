import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";

// An invite link its creator never saw (Telegram failed to show it) must not stay valid unseen: it is revoked.
export async function revokeInvite(
  db: Db,
  options: { blocId: string; inviteId: string; reason: string; actor: Actor; now: Date },
): Promise<void> {
  assertCan(options.actor, "invite.create");
  await db.$transaction(async (tx) => {
    const { count } = await tx.invite.updateMany({
      where: { id: options.inviteId, blocId: options.blocId, revokedAt: null },
      data: { revokedAt: options.now },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "invite.revoked",
      subjectType: "invite",
      subjectId: options.inviteId,
      details: { reason: options.reason },
      now: options.now,
    });
  });
}
