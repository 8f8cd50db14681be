import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import { DomainError } from "../domain-error.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";

export type LinkGroupOptions = {
  blocId: string;
  chatId: number;
  title: string;
  canPin: boolean;
  actor: Actor;
  now: Date;
};

// A bloc has one group; linking another replaces it. A group serves one bloc.
export async function linkGroup(db: Db, options: LinkGroupOptions) {
  assertCan(options.actor, "group.link");
  return db.$transaction(async (tx) => {
    const other = await tx.bloc.findFirst({
      where: { groupChatId: BigInt(options.chatId), id: { not: options.blocId } },
    });
    if (other) throw new DomainError("group.error_other_bloc", { bloc: other.name });
    const before = await tx.bloc.findUniqueOrThrow({ where: { id: options.blocId } });
    const bloc = await tx.bloc.update({
      where: { id: options.blocId },
      data: {
        groupChatId: BigInt(options.chatId),
        groupTitle: options.title,
        groupCanPin: options.canPin,
        groupLinkedAt: options.now,
        updatedAt: options.now,
      },
    });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "group.linked",
      subjectType: "bloc",
      subjectId: options.blocId,
      details: {
        chatId: options.chatId,
        title: options.title,
        canPin: options.canPin,
        previousChatId: before.groupChatId?.toString() ?? null,
      },
      now: options.now,
    });
    return {
      blocName: bloc.name,
      replaced: before.groupChatId !== null && before.groupChatId !== BigInt(options.chatId),
    };
  });
}
