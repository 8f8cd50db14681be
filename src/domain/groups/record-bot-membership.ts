import type { Db } from "../../db/create-database.js";
import { recordAudit } from "../audit/record-audit.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages } from "../delivery/enqueue-messages.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";

export type BotMembershipOptions = { chatId: number; title: string; status: string; canPin: boolean; now: Date };
export type BotMembershipChange = "unlinked" | "pin_lost" | "pin_granted" | "none";

// Telegram tells the bot when its own rights in a group change. For a linked group: removal unlinks it and
// pin rights are kept current; the leader unit hears about what stops announcements from working as before.
export async function recordBotMembership(db: Db, options: BotMembershipOptions): Promise<BotMembershipChange> {
  return db.$transaction(async (tx) => {
    const bloc = await tx.bloc.findFirst({ where: { groupChatId: BigInt(options.chatId) } });
    if (!bloc) return "none";
    const removed = options.status === "left" || options.status === "kicked";
    const change: BotMembershipChange = removed
      ? "unlinked"
      : bloc.groupCanPin && !options.canPin
        ? "pin_lost"
        : !bloc.groupCanPin && options.canPin
          ? "pin_granted"
          : "none";
    if (change === "none") return change;
    await tx.bloc.update({
      where: { id: bloc.id },
      data: removed
        ? { groupChatId: null, groupCanPin: false, groupLinkedAt: null, updatedAt: options.now }
        : { groupCanPin: options.canPin, groupTitle: options.title, updatedAt: options.now },
    });
    await recordAudit(tx, {
      blocId: bloc.id,
      actor: {},
      action: `group.${change}`,
      subjectType: "bloc",
      subjectId: bloc.id,
      details: { chatId: options.chatId, status: options.status },
      now: options.now,
    });
    if (change === "pin_granted") return change;
    const leaders = await findAudience(tx, { blocId: bloc.id, audience: { kind: "leader_unit" } });
    await enqueueMessages(tx, {
      intentId: `group-${change}:${bloc.id}:${options.now.getTime()}`,
      blocId: bloc.id,
      now: options.now,
      messages: messagesToPeople(leaders, {
        textKey: change === "unlinked" ? "group.unlinked_notice" : "group.pin_lost_notice",
        textParams: { title: bloc.groupTitle ?? options.title },
      }),
    });
    return change;
  });
}
