import type { Tx } from "../../db/create-database.js";
import type { ReportObligation } from "../../generated/prisma/client.js";
import { listEventInstants } from "./event-instants.js";
import { listPeriods } from "./list-periods.js";
import { readObligationSettings } from "./obligation-settings.js";
import { endOfZonedDay, startOfZonedDay, zonedDateOf } from "./zoned-time.js";
import { addDays } from "./calendar-date.js";
import type { WorkCalendar } from "./work-calendar.js";

// How far ahead periods exist; the daily planning job moves the horizon on.
export const planningHorizonDays = 400;

// Writes the periods due from today to the horizon. A new period's first reminder may already have passed
// (an obligation created the day before its due date); the tick then sends the latest one that applies.
// With `replan`, periods not yet due take the obligation's new rule and reminders, and only reminders
// still ahead are sent, never ones an edit moved into the past.
export async function planPeriods(
  tx: Tx,
  options: { obligation: ReportObligation; calendar: WorkCalendar; now: Date; replan?: boolean },
) {
  const { obligation, calendar, now } = options;
  const settings = readObligationSettings(obligation);
  const zone = calendar.timeZone;
  const today = zonedDateOf(now, zone);
  const periods = obligation.active
    ? listPeriods({
        recurrence: settings.recurrence,
        dueRule: settings.dueRule,
        cutoffDay: settings.cutoffDay,
        shift: settings.shift,
        calendar,
        from: today,
        to: addDays(today, planningHorizonDays),
      })
    : [];
  const existing = new Map(
    (
      await tx.reportPeriod.findMany({
        where: { obligationId: obligation.id, periodKey: { in: periods.map((p) => p.periodKey) } },
      })
    ).map((row) => [row.periodKey, row]),
  );
  let created = 0;
  let updated = 0;
  for (const period of periods) {
    const dueAt = endOfZonedDay(period.dueDate, zone);
    const events = listEventInstants({
      dueDate: period.dueDate,
      reminders: settings.reminders,
      reminderTime: settings.reminderTime,
      escalations: settings.escalations,
      calendar,
    });
    const fields = {
      coversFrom: period.coversFrom,
      coversTo: period.coversTo,
      nominalDue: period.nominalDue,
      dueDate: period.dueDate,
      dueAt,
      opensAt: startOfZonedDay(period.opensOn, zone),
      closesAt: endOfZonedDay(period.closesOn, zone),
    };
    const row = existing.get(period.periodKey);
    if (!row) {
      await tx.reportPeriod.create({
        data: {
          obligationId: obligation.id,
          periodKey: period.periodKey,
          ...fields,
          nextEventAt: events[0]?.at ?? null,
        },
      });
      created += 1;
    } else if (options.replan && row.state === "open" && row.dueAt > now) {
      await tx.reportPeriod.update({
        where: { id: row.id },
        data: { ...fields, nextEventAt: events.find((event) => event.at > now)?.at ?? null },
      });
      updated += 1;
    }
  }
  if (options.replan || !obligation.active) {
    // Future periods the rule no longer produces, with nothing reported on them, go away.
    const stale = await tx.reportPeriod.findMany({
      where: {
        obligationId: obligation.id,
        state: "open",
        dueAt: { gt: now },
        periodKey: { notIn: periods.map((p) => p.periodKey) },
        submissions: { none: {} },
      },
      select: { id: true },
    });
    await tx.reportPeriod.deleteMany({ where: { id: { in: stale.map((p) => p.id) } } });
  }
  return { created, updated };
}
