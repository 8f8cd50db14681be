import type { Db, Tx } from "../../db/create-database.js";
import { announcementIntent } from "./announcement-intent.js";
import { describeRecipients } from "./describe-recipients.js";

export type DeliveryProblem = {
  name: string;
  unitName: string | null;
  state: "failed" | "unreachable";
  error: string | null;
};

// Where a broadcast stands, read from its outbox rows, so it is right after a restart too.
export async function getAnnouncementProgress(db: Db | Tx, options: { announcementId: string }) {
  const announcement = await db.announcement.findUnique({ where: { id: options.announcementId } });
  if (!announcement) return null;
  const rows = await db.outboxMessage.findMany({
    where: { intentId: announcementIntent(announcement.id) },
    select: { state: true, personId: true, chatId: true, lastError: true, pinError: true },
  });
  const count = (state: string) => rows.filter((row) => row.state === state).length;
  const troubled = rows.filter((row) => row.state === "failed" || row.state === "unreachable");
  const labels = await describeRecipients(db, {
    blocId: announcement.blocId,
    personIds: troubled.flatMap((row) => (row.personId ? [row.personId] : [])),
  });
  const problems: DeliveryProblem[] = troubled.map((row) => {
    const label = row.personId ? labels.get(row.personId) : undefined;
    return {
      name: label?.name ?? String(row.chatId),
      unitName: label?.unitName ?? null,
      state: row.state as DeliveryProblem["state"],
      error: row.lastError,
    };
  });
  const sent = count("sent");
  const failed = troubled.length;
  return {
    announcement,
    total: rows.length,
    sent,
    failed,
    pending: rows.length - sent - failed,
    problems,
    pinError: rows.find((row) => row.pinError)?.pinError ?? null,
  };
}

export type AnnouncementProgress = NonNullable<Awaited<ReturnType<typeof getAnnouncementProgress>>>;
