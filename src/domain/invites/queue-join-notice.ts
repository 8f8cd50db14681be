import type { Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type KeyedText } from "../delivery/enqueue-messages.js";

// How long newcomers are gathered into one notice to a leader-unit member.
export const joinNoticeWindowMs = 5 * 60_000;

const digestKey = "start.notify_leader_digest";
type DigestParams = { count: number; lines: KeyedText[] };

export type JoinNoticeOptions = { blocId: string; joinerId: string; line: KeyedText; now: Date };

// When a unit's people register one after another, the leader unit gets one message per window, not one per
// registration: each recipient has at most one pending digest, sent when its window ends (nextAttemptAt), and a
// registration inside the window joins that digest. A row's window is over once nextAttemptAt has passed (the
// sender may be sending it), so a later registration opens a new digest and nothing is added to a sent message.
// Returns how many recipients got a new digest or a new line.
export async function queueJoinNotice(tx: Tx, options: JoinNoticeOptions): Promise<number> {
  const { blocId, now } = options;
  const leaders = await findAudience(tx, {
    blocId,
    audience: { kind: "leader_unit" },
    excludePersonIds: [options.joinerId],
  });
  for (const leader of leaders) {
    const open = await tx.outboxMessage.findFirst({
      where: { blocId, personId: leader.id, textKey: digestKey, state: "pending", nextAttemptAt: { gt: now } },
      orderBy: { nextAttemptAt: "asc" },
    });
    if (open) {
      const params = JSON.parse(open.textParams ?? "{}") as Partial<DigestParams>;
      const lines = [...(params.lines ?? []), options.line];
      await tx.outboxMessage.update({
        where: { id: open.id },
        data: { textParams: JSON.stringify({ count: lines.length, lines }), updatedAt: now },
      });
      continue;
    }
    const textParams: DigestParams = { count: 1, lines: [options.line] };
    await enqueueMessages(tx, {
      intentId: `member-joined:${leader.id}:${now.getTime()}`,
      blocId,
      now,
      notBefore: new Date(now.getTime() + joinNoticeWindowMs),
      messages: [
        {
          recipientKey: `person:${leader.id}`,
          personId: leader.id,
          chatId: leader.chatId,
          textKey: digestKey,
          textParams,
        },
      ],
    });
  }
  return leaders.length;
}
