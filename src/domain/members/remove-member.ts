import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import type { Actor } from "../people/load-actor.js";
import { personName } from "../people/person-name.js";
import { assertCan } from "../policy/policy.js";

export type RemoveMemberOptions = { blocId: string; membershipId: string; actor: Actor; now: Date };

// Soft removal keeps history (who was in the unit when a signature or report was made). The leader unit removes
// units' people; only the board removes board members.
export async function removeMember(db: Db, options: RemoveMemberOptions) {
  assertCan(options.actor, "members.remove");
  return db.$transaction(async (tx) => {
    const membership = await tx.membership.findFirst({
      where: { id: options.membershipId, blocId: options.blocId },
      include: { person: true, unit: true },
    });
    if (!membership || membership.removedAt) throw new DomainError("members.error_gone");
    if (membership.role === "board") assertCan(options.actor, "members.remove_board");
    if (membership.personId === options.actor.person?.id) throw new DomainError("members.error_self");
    await tx.membership.update({ where: { id: membership.id }, data: { removedAt: options.now } });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "member.removed",
      subjectType: "membership",
      subjectId: membership.id,
      details: { personId: membership.personId, unitId: membership.unitId, role: membership.role },
      now: options.now,
    });
    await enqueueMessages(tx, {
      intentId: `member-removed:${membership.id}`,
      blocId: options.blocId,
      now: options.now,
      messages: [
        {
          recipientKey: `person:${membership.personId}`,
          personId: membership.personId,
          chatId: membership.person.chatId,
          textKey: "members.removed_notice",
          textParams: { unit: membership.unit?.name ?? { key: "role.board" } },
        },
      ],
    });
    return {
      name: personName(membership.person),
      unitName: membership.unit?.name ?? null,
      role: membership.role,
      person: {
        chatId: membership.person.chatId,
        locale: membership.person.locale,
        languageCode: membership.person.languageCode,
        telegramId: membership.person.telegramId,
      },
    };
  });
}
