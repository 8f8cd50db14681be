import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { findCurrentTerm } from "../blocs/find-current-term.js";
import { enqueueMessages } from "./enqueue-messages.js";
import { personName } from "../people/person-name.js";
import { sendFailureReason } from "./send-failure-reason.js";

export async function scheduleRetry(
  db: Db,
  options: { id: string; at: Date; error: string; now: Date },
): Promise<void> {
  await db.outboxMessage.update({
    where: { id: options.id },
    data: { state: "pending", nextAttemptAt: options.at, lastError: options.error, updatedAt: options.now },
  });
}

export async function markFailed(db: Db, options: { id: string; error: string; now: Date }): Promise<void> {
  await db.outboxMessage.update({
    where: { id: options.id },
    data: { state: "failed", lastError: options.error, updatedAt: options.now },
  });
}

// Telegram moved a group to a supergroup: the message goes to the new chat, and so will later ones.
export async function moveChat(
  db: Db,
  options: { id: string; fromChatId: bigint; toChatId: number; now: Date },
): Promise<void> {
  await db.$transaction([
    db.bloc.updateMany({
      where: { groupChatId: options.fromChatId },
      data: { groupChatId: BigInt(options.toChatId), updatedAt: options.now },
    }),
    db.outboxMessage.updateMany({
      where: { chatId: options.fromChatId, state: "pending" },
      data: { chatId: BigInt(options.toChatId), updatedAt: options.now },
    }),
    db.outboxMessage.update({
      where: { id: options.id },
      data: { state: "pending", chatId: BigInt(options.toChatId), nextAttemptAt: options.now, updatedAt: options.now },
    }),
  ]);
}

// The person blocked the bot or left: stop writing to them, and tell the leader unit once per person.
export async function markUnreachable(db: Db, options: { id: string; error: string; now: Date }): Promise<void> {
  await db.$transaction(async (tx) => {
    const message = await tx.outboxMessage.update({
      where: { id: options.id },
      data: { state: "unreachable", lastError: options.error, updatedAt: options.now },
    });
    if (!message.personId) return;
    const person = await tx.person.findUnique({
      where: { id: message.personId },
      include: { memberships: { where: { removedAt: null }, include: { unit: true } } },
    });
    if (!person || !person.reachable) return;
    await tx.person.update({ where: { id: person.id }, data: { reachable: false, updatedAt: options.now } });
    // What is already queued for them (a time change, the minutes) would only fail the same way: it is skipped
    // like every later message, until they write to the bot again.
    await tx.outboxMessage.updateMany({
      where: { personId: person.id, state: "pending" },
      data: { state: "unreachable", lastError: "skipped: recipient unreachable", updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: message.blocId,
      actor: {},
      action: "person.unreachable",
      subjectType: "person",
      subjectId: person.id,
      details: { error: options.error },
      now: options.now,
    });
    for (const membership of person.memberships) {
      const term = await findCurrentTerm(tx, membership.blocId);
      if (!term) continue;
      const leaders = await tx.membership.findMany({
        where: { unitId: term.leaderUnitId, removedAt: null, personId: { not: person.id } },
        include: { person: true },
      });
      const name = personName(person);
      await enqueueMessages(tx, {
        intentId: `unreachable:${person.id}:${person.updatedAt.getTime()}`,
        blocId: membership.blocId,
        now: options.now,
        messages: leaders
          .filter((leader) => leader.person.reachable)
          .map((leader) => ({
            recipientKey: `person:${leader.personId}`,
            personId: leader.personId,
            chatId: leader.person.chatId,
            textKey: "delivery.unreachable_notice",
            textParams: {
              name,
              unit: membership.unit?.name ?? { key: "role.board" },
              reason: sendFailureReason(options.error),
            },
          })),
      });
    }
  });
}
