import type { Tx } from "../../db/create-database.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type KeyedText } from "../delivery/enqueue-messages.js";
import { Prisma } from "../../generated/prisma/client.js";

// How long newcomers are gathered into one notice to a leader-unit member.
export const joinNoticeWindowMs = 5 * 60_000;

const digestKey = "start.notify_leader_digest";
type DigestParams = { count: number; lines: KeyedText[] };

export type JoinNoticeOptions = { blocId: string; joinerId: string; line: KeyedText; now: Date };

// A digest names this many newcomers and counts the rest: Telegram refuses a text over 4096 characters, and a
// digest that only grew was rewritten in full for every leader at every registration (bench/update-throughput.ts).
export const joinNoticeMaxLines = 25;
const moreKey = "start.notify_leader_more";

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
  if (leaders.length === 0) return 0;
  const openRows = await tx.outboxMessage.findMany({
    where: {
      blocId,
      personId: { in: leaders.map((leader) => leader.id) },
      textKey: digestKey,
      state: "pending",
      nextAttemptAt: { gt: now },
    },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    select: { id: true, personId: true, textParams: true },
  });
  const open = new Map<string, { id: string; textParams: string | null }>();
  for (const row of openRows) if (row.personId && !open.has(row.personId)) open.set(row.personId, row);
  await appendToDigests(tx, [...open.values()], options);
  for (const leader of leaders) {
    if (open.has(leader.id)) continue;
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

// Every open digest gets the line (or, past the cap, one more in its count) in one UPDATE.
async function appendToDigests(tx: Tx, rows: { id: string; textParams: string | null }[], options: JoinNoticeOptions) {
  for (let start = 0; start < rows.length; start += updateChunkSize) {
    const chunk = rows.slice(start, start + updateChunkSize);
    const cases = chunk.map(
      (row) => Prisma.sql`WHEN ${row.id} THEN ${JSON.stringify(withLine(row.textParams, options.line))}`,
    );
    await tx.$executeRaw`UPDATE "OutboxMessage" SET "textParams" = CASE "id" ${Prisma.join(cases, " ")} END,
      "updatedAt" = ${options.now} WHERE "id" IN (${Prisma.join(chunk.map((row) => row.id))})`;
  }
}

// Two bound values per row, well below SQLite's bound-parameter limit.
const updateChunkSize = 200;

function withLine(textParams: string | null, line: KeyedText): DigestParams {
  const params = JSON.parse(textParams ?? "{}") as Partial<DigestParams>;
  const count = (params.count ?? 0) + 1;
  const named = (params.lines ?? []).filter((item) => item.key !== moreKey);
  if (named.length < joinNoticeMaxLines) return { count, lines: [...named, line] };
  return { count, lines: [...named, { key: moreKey, params: { count: count - named.length } }] };
}
