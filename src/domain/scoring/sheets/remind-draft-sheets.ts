import type { Db } from "../../../db/create-database.js";
import { findAudience } from "../../audiences/find-audience.js";
import { dateTimeParam, enqueueMessages } from "../../delivery/enqueue-messages.js";

// Minutes before the sheet deadline at which units still filling in are reminded (as for drafts: two days, 2 hours).
export const sheetReminderOffsets = [2880, 120];

// The latest reminder that applies now: a bot that was down catches up with one message, not a burst.
function dueOffset(deadline: Date, openedAt: Date, now: Date): number | undefined {
  const minutesLeft = (deadline.getTime() - now.getTime()) / 60_000;
  return sheetReminderOffsets
    .filter((offset) => minutesLeft <= offset && deadline.getTime() - offset * 60_000 >= openedAt.getTime())
    .sort((a, b) => a - b)[0];
}

// Before the deadline, the people of units whose sheet is still a draft are reminded; once it has passed, the
// leader unit is told once which units are late. The outbox key (round, offset, person) makes a rerun add nothing.
export async function remindDraftSheets(db: Db, options: { now: Date }) {
  const { now } = options;
  const rounds = await db.reviewRound.findMany({
    where: {
      state: "open",
      deadline: { gt: new Date(now.getTime() - 864e5), lt: new Date(now.getTime() + 3 * 864e5) },
    },
    include: { sheets: { where: { state: "draft" } } },
  });
  let reminded = 0;
  for (const round of rounds) {
    const unitIds = round.sheets.map((s) => s.unitId);
    if (unitIds.length === 0) continue;
    const late = round.deadline <= now;
    const offset = late ? 0 : dueOffset(round.deadline, round.openedAt, now);
    if (offset === undefined) continue;
    const people = await findAudience(db, {
      blocId: round.blocId,
      audience: late ? { kind: "leader_unit" } : { kind: "units", unitIds },
    });
    const units = late ? await db.unit.findMany({ where: { id: { in: unitIds } }, orderBy: { position: "asc" } }) : [];
    const textParams = {
      year: round.year,
      deadline: dateTimeParam(round.deadline),
      units: units.map((u) => u.shortName ?? u.name),
      count: unitIds.length,
    };
    reminded += await db.$transaction((tx) =>
      enqueueMessages(tx, {
        intentId: late ? `review-late:${round.id}` : `review-remind:${round.id}:${offset}`,
        blocId: round.blocId,
        now,
        messages: people.map((person) => ({
          recipientKey: `person:${person.id}`,
          personId: person.id,
          chatId: person.chatId,
          textKey: late ? "sheets.late_escalation" : "sheets.reminder",
          textParams,
        })),
      }),
    );
  }
  return { rounds: rounds.length, reminded };
}
