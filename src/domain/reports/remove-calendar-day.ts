import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import { replanAfterCalendarChange } from "./replan-after-calendar-change.js";
import type { CalendarDayKind } from "./work-calendar.js";

export type RemoveCalendarDayOptions = { date: string; actor: Actor; timeZone: string; now: Date };

// The day goes back to what the built-in table says; periods not yet due are planned again.
export async function removeCalendarDay(db: Db, options: RemoveCalendarDayOptions) {
  assertCan(options.actor, "calendar.manage");
  return db.$transaction(async (tx) => {
    const existing = await tx.calendarDay.findUnique({ where: { date: options.date } });
    if (!existing) throw new DomainError("reports.error_calendar_day_not_found", { date: options.date });
    await tx.calendarDay.delete({ where: { date: options.date } });
    await recordAudit(tx, {
      actor: auditActor(options.actor),
      action: "calendar.day_removed",
      subjectType: "calendar_day",
      subjectId: options.date,
      details: { kind: existing.kind, note: existing.note },
      now: options.now,
    });
    const replanned = await replanAfterCalendarChange(tx, { now: options.now, timeZone: options.timeZone });
    return { date: existing.date, kind: existing.kind as CalendarDayKind, note: existing.note, replanned };
  });
}
