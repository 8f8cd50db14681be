import type { Db } from "../../db/create-database.js";
import { DateTime } from "luxon";
import { dateTimeParam, enqueueMessages } from "../delivery/enqueue-messages.js";
import { listSigners } from "./list-signers.js";
import { signButtons } from "./sign-buttons.js";
import { shortFingerprint } from "../../i18n/format-fingerprint.js";

export const maxSigningReminders = 5;

// Run each morning (08:00 in APP_TIMEZONE): the signatories (and delegates) of units that have not signed an
// open round are reminded, once per unit and day, at most five times, and not after the deadline.
export async function remindUnsigned(db: Db, options: { now: Date; timeZone: string; batchSize?: number }) {
  const day = DateTime.fromJSDate(options.now, { zone: options.timeZone }).toISODate()!;
  const rounds = await db.signingRound.findMany({ where: { state: "open" }, take: options.batchSize ?? 20 });
  let reminded = 0;
  for (const round of rounds) {
    if (round.deadline && round.deadline <= options.now) continue;
    if (DateTime.fromJSDate(round.openedAt, { zone: options.timeZone }).toISODate() === day) continue;
    const [units, signed, sent] = await Promise.all([
      db.unit.findMany({ where: { blocId: round.blocId } }),
      db.signature.findMany({ where: { roundId: round.id }, select: { unitId: true } }),
      db.signingReminder.groupBy({ by: ["unitId"], where: { roundId: round.id }, _count: { _all: true } }),
    ]);
    const done = new Set(signed.map((s) => s.unitId));
    const count = new Map(sent.map((row) => [row.unitId, row._count._all]));
    const due = units.filter((unit) => !done.has(unit.id) && (count.get(unit.id) ?? 0) < maxSigningReminders);
    if (due.length === 0) continue;
    const signers = await listSigners(db, { blocId: round.blocId, roundId: round.id, unitIds: due.map((u) => u.id) });
    reminded += await db.$transaction(async (tx) => {
      let added = 0;
      for (const unit of due) {
        if (
          await tx.signingReminder.findUnique({
            where: { roundId_unitId_day: { roundId: round.id, unitId: unit.id, day } },
          })
        )
          continue;
        await tx.signingReminder.create({ data: { roundId: round.id, unitId: unit.id, day, sentAt: options.now } });
        added += await enqueueMessages(tx, {
          intentId: `signing-remind:${round.id}:${unit.id}:${day}`,
          blocId: round.blocId,
          now: options.now,
          messages: signers
            .filter((s) => s.unitId === unit.id)
            .map(({ person }) => ({
              recipientKey: `person:${person.id}`,
              personId: person.id,
              chatId: person.chatId,
              textKey: round.deadline ? "signing.reminder_deadline" : "signing.reminder",
              textParams: {
                title: round.title,
                unit: unit.name,
                fingerprint: shortFingerprint(round.sha256),
                deadline: round.deadline ? dateTimeParam(round.deadline) : "",
              },
              buttons: signButtons(round.id),
            })),
        });
      }
      return added;
    });
  }
  return { rounds: rounds.length, reminded };
}
