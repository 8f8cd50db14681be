import type { Db, Tx } from "../../db/create-database.js";
import { Prisma, type ReportObligation, type ReportPeriod, type Unit } from "../../generated/prisma/client.js";
import { findAudience } from "../audiences/find-audience.js";
import { enqueueMessages, type OutgoingMessage } from "../delivery/enqueue-messages.js";
import type { MessageButton } from "../delivery/message-action.js";
import { messagesToPeople } from "../delivery/messages-to-people.js";
import { listEventInstants, type ReportEvent } from "./event-instants.js";
import { periodLabel } from "./list-periods.js";
import { readObligationSettings, type ObligationSettings } from "./obligation-settings.js";
import { listOutstandingUnits } from "./list-outstanding-units.js";
import { displayDate } from "./calendar-date.js";
import { reportEventIntent } from "./report-intents.js";
import { reportButtons } from "./report-buttons.js";
import type { WorkCalendar } from "./work-calendar.js";

const unitChunkSize = 500;

const eventId = (event: ReportEvent) => `${event.kind}@${event.at.toISOString()}`;

// One tick of the reporting regime. It reads only periods whose next reminder or escalation is due (an index
// on nextEventAt), never the history. Of the events that have passed, only the latest is sent: after downtime
// units get one message, not the backlog. Each (period, unit, kind) is recorded once, and the outbox key is
// per intent and person, so running the tick twice for the same instant adds nothing.
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
  let messages = 0;
  let rowsRead = due.length;
  for (const period of due) {
    const settings = readObligationSettings(period.obligation);
    const events = listEventInstants({
      dueDate: period.dueDate,
      reminders: settings.reminders,
      reminderTime: settings.reminderTime,
      escalations: settings.escalations,
      calendar: options.calendar,
    });
    const latest = events.filter((event) => event.at <= now).at(-1);
    const next = events.find((event) => event.at > now)?.at ?? null;
    const handled = period.lastEvent ? new Date(period.lastEvent.split("@")[1]!) : null;
    const result = await db.$transaction(async (tx) => {
      let sent = { messages: 0, rows: 0 };
      if (latest && period.obligation.active && (!handled || latest.at > handled))
        sent = await handleEvent(tx, {
          period,
          obligation: period.obligation,
          settings,
          event: latest,
          now,
        });
      await tx.reportPeriod.update({
        where: { id: period.id },
        data: { nextEventAt: next, ...(latest ? { lastEvent: eventId(latest) } : {}) },
      });
      return sent;
    });
    messages += result.messages;
    rowsRead += result.rows;
  }
  return { closed: closed.count, periods: due.length, messages, rowsRead };
}

async function handleEvent(
  tx: Tx,
  options: {
    period: ReportPeriod;
    obligation: ReportObligation;
    settings: ObligationSettings;
    event: ReportEvent;
    now: Date;
  },
): Promise<{ messages: number; rows: number }> {
  const { period, obligation, event, now } = options;
  const outstanding = await listOutstandingUnits(tx, {
    blocId: obligation.blocId,
    periodId: period.id,
    settings: options.settings,
  });
  const done = new Set(
    (
      await tx.reportReminder.findMany({ where: { periodId: period.id, kind: event.kind }, select: { unitId: true } })
    ).map((row) => row.unitId),
  );
  const units = outstanding.filter((unit) => !done.has(unit.id));
  // Rows read so far: the outstanding units and the ones already sent this event.
  const read = outstanding.length + done.size;
  if (units.length === 0) return { messages: 0, rows: read };
  await recordReminders(tx, {
    periodId: period.id,
    unitIds: units.map((unit) => unit.id),
    kind: event.kind,
    sentAt: now,
  });
  const common = {
    name: obligation.name,
    period: periodLabel(period.periodKey, options.settings.recurrence),
    due: displayDate(period.dueDate),
  };
  const buttons = reportButtons(period.id);
  let messages: OutgoingMessage[];
  if (event.kind === "escalate_leader_unit") {
    const people = await findAudience(tx, { blocId: obligation.blocId, audience: { kind: "leader_unit" } });
    messages = messagesToPeople(people, {
      textKey: "reports.escalation_leader",
      textParams: { ...common, days: eventDays(event, options.settings), units: units.map(unitLabel) },
    });
  } else {
    messages = await unitMessages(tx, { units, event, days: eventDays(event, options.settings), common, buttons });
  }
  const added = await enqueueMessages(tx, {
    intentId: reportEventIntent(period.id, event.kind),
    blocId: obligation.blocId,
    messages,
    now,
  });
  return { messages: added, rows: read + messages.length };
}

// One INSERT per chunk of units. Not createMany: Prisma compiles a createMany together with its rows, and for
// 100 reminders that took about 30 ms against 2 ms for this (bench/report-tick.ts). The ids are made by SQLite
// in the shape of Prisma's cuids ("c" and 24 lowercase hex digits); nothing reads their order.
async function recordReminders(tx: Tx, options: { periodId: string; unitIds: string[]; kind: string; sentAt: Date }) {
  for (let start = 0; start < options.unitIds.length; start += unitChunkSize) {
    const rows = options.unitIds
      .slice(start, start + unitChunkSize)
      .map(
        (unitId) =>
          Prisma.sql`('c' || lower(hex(randomblob(12))), ${options.periodId}, ${unitId}, ${options.kind}, ${options.sentAt})`,
      );
    await tx.$executeRaw`INSERT INTO "ReportReminder" ("id", "periodId", "unitId", "kind", "sentAt") VALUES ${Prisma.join(rows)}`;
  }
}

const unitLabel = (unit: Unit) => unit.shortName ?? unit.name;

// Working days before the due date for a reminder, after it for an escalation.
function eventDays(event: ReportEvent, settings: ObligationSettings): number {
  if (event.kind.startsWith("remind_")) return Number(event.kind.slice("remind_".length));
  return settings.escalations.find((e) => event.kind === `escalate_${e.to}`)?.workingDays ?? 0;
}

// Reminders go to everyone in the unit; the first escalation goes to its signatories (or, if it has none, to all).
async function unitMessages(
  tx: Tx,
  options: {
    units: Unit[];
    event: ReportEvent;
    days: number;
    common: Record<string, unknown>;
    buttons: MessageButton[][];
  },
): Promise<OutgoingMessage[]> {
  const { event } = options;
  // Each unit's members in joining order.
  const blocId = options.units[0]?.blocId ?? "";
  const unitIds = options.units.map((unit) => unit.id);
  const byUnit = new Map<string, Awaited<ReturnType<typeof findAudience>>>();
  for (const person of await findAudience(tx, { blocId, audience: { kind: "units", unitIds } })) {
    const members = byUnit.get(person.unitId!);
    if (members) members.push(person);
    else byUnit.set(person.unitId!, [person]);
  }
  const messages: OutgoingMessage[] = [];
  for (const unit of options.units) {
    const members = byUnit.get(unit.id) ?? [];
    const signatories = members.filter((m) => m.role === "signatory");
    const recipients = event.kind === "escalate_signatory" && signatories.length > 0 ? signatories : members;
    const textKey =
      event.kind === "escalate_signatory"
        ? "reports.escalation_signatory"
        : options.days === 0
          ? "reports.reminder_today"
          : "reports.reminder_before";
    for (const m of recipients) {
      messages.push({
        recipientKey: `person:${m.id}`,
        personId: m.id,
        chatId: m.chatId,
        textKey,
        textParams: { ...(options.common as Record<string, string>), unit: unitLabel(unit), days: options.days },
        buttons: options.buttons,
      });
    }
  }
  return messages;
}
