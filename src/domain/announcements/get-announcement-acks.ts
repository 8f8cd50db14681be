import type { Db } from "../../db/create-database.js";
import { announcementIntent } from "./announcement-intent.js";
import { describeRecipients, type RecipientLabel } from "./describe-recipients.js";

export type AckLine = RecipientLabel & { personId: string; ackedAt: Date | null; state: string };

// Who acknowledged and who did not, in the bloc's unit order. For a group post there is no list of
// recipients, so only those who acknowledged are known.
export async function getAnnouncementAcks(db: Db, options: { blocId: string; announcementId: string }) {
  const announcement = await db.announcement.findFirst({
    where: { id: options.announcementId, blocId: options.blocId },
    include: { acks: true },
  });
  if (!announcement) return null;
  const rows = await db.outboxMessage.findMany({
    where: { intentId: announcementIntent(announcement.id), personId: { not: null } },
    select: { personId: true, state: true },
  });
  const acked = new Map(announcement.acks.map((ack) => [ack.personId, ack.ackedAt]));
  const states = new Map(rows.map((row) => [row.personId!, row.state]));
  const personIds = [...new Set([...states.keys(), ...acked.keys()])];
  const labels = await describeRecipients(db, { blocId: announcement.blocId, personIds });
  const lines: AckLine[] = personIds
    .map((personId) => ({
      personId,
      ...(labels.get(personId) ?? { name: "?", unitName: null, unitPosition: -1 }),
      ackedAt: acked.get(personId) ?? null,
      state: states.get(personId) ?? "sent",
    }))
    .sort((a, b) => a.unitPosition - b.unitPosition || a.name.localeCompare(b.name, "vi"));
  const waiting = lines.filter((line) => !line.ackedAt && line.state === "sent");
  return { announcement, lines, ackedCount: acked.size, recipientCount: rows.length, waitingCount: waiting.length };
}
