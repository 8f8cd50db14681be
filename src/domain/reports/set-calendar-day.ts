import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { isCalendarDate } from "./calendar-date.js";
import { replanAfterCalendarChange } from "./replan-after-calendar-change.js";
import type { CalendarDayKind } from "./work-calendar.js";

export type SetCalendarDayOptions = {
  date: string;
  kind: CalendarDayKind;
  note?: string;
  actor: Actor;
  // APP_TIMEZONE: the periods planned again follow it.
  timeZone: string;
  now: Date;
};

export const maxCalendarNoteLength = 200;

// A government decision the built-in table does not know: an extra day off, or a Saturday worked in exchange.
// Periods not yet due are planned again in the same transaction, so their due dates and reminders follow.
export async function setCalendarDay(db: Db, options: SetCalendarDayOptions) {
  assertCan(options.actor, "calendar.manage");
  if (!isCalendarDate(options.date)) throw new DomainError("reports.error_bad_date", { text: options.date });
  const note = (options.note ?? "").trim();
  if (note.length > maxCalendarNoteLength)
    throw new DomainError("reports.error_calendar_note_too_long", { max: maxCalendarNoteLength });
  return db.$transaction(async (tx) => {
    const previous = await tx.calendarDay.findUnique({ where: { date: options.date } });
    const changed = !previous || previous.kind !== options.kind || previous.note !== note;
    let replanned = 0;
    if (changed) {
      await tx.calendarDay.upsert({
        where: { date: options.date },
        create: { date: options.date, kind: options.kind, note, createdAt: options.now },
        update: { kind: options.kind, note },
      });
      await recordAudit(tx, {
        actor: auditActor(options.actor),
        action: "calendar.day_set",
        subjectType: "calendar_day",
        subjectId: options.date,
        details: { kind: options.kind, note, previous: previous ? { kind: previous.kind, note: previous.note } : null },
        now: options.now,
      });
      replanned = await replanAfterCalendarChange(tx, { now: options.now, timeZone: options.timeZone });
    }
    const before = previous ? { kind: previous.kind as CalendarDayKind, note: previous.note } : null;
    return { date: options.date, kind: options.kind, note, previous: before, changed, replanned };
  });
}
