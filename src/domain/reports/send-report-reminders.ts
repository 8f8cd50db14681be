import type { Db } from "../../db/create-database.js";
import type { ReportObligation, ReportPeriod } from "../../generated/prisma/client.js";
import { queueCombinedReminders, type CollectedEvent } from "./combine-reminders.js";
import { listEventInstants, type ReportEvent } from "./event-instants.js";
import { readObligationSettings, type ObligationSettings } from "./obligation-settings.js";
import { collectEventMessages } from "./report-event-messages.js";
import type { WorkCalendar } from "./work-calendar.js";

const eventId = (event: ReportEvent) => `${event.kind}@${event.at.toISOString()}`;

type Plan = {
  period: ReportPeriod & { obligation: ReportObligation };
  settings: ObligationSettings;
  latest: ReportEvent | undefined;
  next: Date | null;
  send: boolean;
};

// One tick of the reporting regime. It reads only periods whose next reminder or escalation is due (an index
// on nextEventAt), never the history. Of the events that have passed, only the latest is sent: after downtime
// units get one message, not the backlog. Each (period, unit, kind) is recorded once, and the outbox key is
// per intent and person, so running the tick twice for the same instant adds nothing. The periods of a bloc
// whose events fall at the same instant are handled together, so a person due several gets one message.
export async function sendReportReminders(db: Db, options: { now: Date; calendar: WorkCalendar; batchSize?: number }) {
  const { now } = options;
  const closed = await db.reportPeriod.updateMany({
    where: { state: "open", closesAt: { lte: now } },
    data: { state: "closed", nextEventAt: null },
  });
  const due = await db.reportPeriod.findMany({
    where: { state: "open", nextEventAt: { lte: now } },
    orderBy: { nextEventAt: "asc" },
    take: options.batchSize ?? 100,
    include: { obligation: true },
  });
  const groups = new Map<string, Plan[]>();
  for (const period of due) {
    const plan = planPeriod(period, now, options.calendar);
    const key = plan.send ? `${period.obligation.blocId}|${plan.latest!.at.getTime()}` : period.id;
    groups.set(key, [...(groups.get(key) ?? []), plan]);
  }
  let messages = 0;
  let rowsRead = due.length;
  for (const plans of groups.values()) {
    const result = await db.$transaction(async (tx) => {
      const events: CollectedEvent[] = [];
      let rows = 0;
      for (const plan of plans) {
        if (plan.send) {
          const event = plan.latest!;
          const collected = await collectEventMessages(tx, { ...plan, obligation: plan.period.obligation, event, now });
          events.push({ ...collected, kind: event.kind, periodId: plan.period.id });
          rows += collected.rows;
        }
        await tx.reportPeriod.update({
          where: { id: plan.period.id },
          data: { nextEventAt: plan.next, ...(plan.latest ? { lastEvent: eventId(plan.latest) } : {}) },
        });
      }
      if (events.length === 0) return { messages: 0, rows };
      const blocId = plans[0]!.period.obligation.blocId;
      const added = await queueCombinedReminders(tx, { blocId, at: plans[0]!.latest!.at, events, now });
      return { messages: added, rows };
    });
    messages += result.messages;
    rowsRead += result.rows;
  }
  return { closed: closed.count, periods: due.length, messages, rowsRead };
}

function planPeriod(period: Plan["period"], now: Date, calendar: WorkCalendar): Plan {
  const settings = readObligationSettings(period.obligation);
  const events = listEventInstants({
    dueDate: period.dueDate,
    reminders: settings.reminders,
    reminderTime: settings.reminderTime,
    escalations: settings.escalations,
    calendar,
  });
  const latest = events.filter((event) => event.at <= now).at(-1);
  const next = events.find((event) => event.at > now)?.at ?? null;
  const handled = period.lastEvent ? new Date(period.lastEvent.split("@")[1]!) : null;
  const send = Boolean(latest && period.obligation.active && (!handled || latest.at > handled));
  return { period, settings, latest, next, send };
}
