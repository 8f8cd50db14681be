import type { Tx } from "../../db/create-database.js";
import { newRowId } from "../../db/new-row-id.js";
import { Prisma, type ReportObligation, type ReportPeriod, type Unit } from "../../generated/prisma/client.js";
import { findAudience } from "../audiences/find-audience.js";
import type { KeyedText, OutgoingMessage } from "../delivery/enqueue-messages.js";
import type { MessageButton } from "../delivery/message-action.js";
import { displayDate } from "./calendar-date.js";
import type { ReportEvent } from "./event-instants.js";
import { periodLabel } from "./list-periods.js";
import { listOutstandingUnits } from "./list-outstanding-units.js";
import type { ObligationSettings } from "./obligation-settings.js";
import { reportButtons } from "./report-buttons.js";
import { reportEventIntent } from "./report-intents.js";

const unitChunkSize = 500;

// One message of one period's event, with what it becomes as a line of a combined reminder: its item text,
// the submit button of its report (none for the leader unit, which does not send others' reports) and whether
// it is the escalation to a signatory, whose closing request is said once per message.
export type EventMessage = {
  message: OutgoingMessage;
  item: KeyedText;
  button: MessageButton | null;
  toSignatory: boolean;
  // A signatory's first reminder of a period says, once, that the escalation comes to them after N working days.
  escalatesAfter: number | null;
};

export type PeriodEvent = {
  period: ReportPeriod;
  obligation: ReportObligation;
  settings: ObligationSettings;
  event: ReportEvent;
};

// Records the event for the units still outstanding and returns its messages, not yet queued: the caller
// combines those of one person at one instant.
export async function collectEventMessages(
  tx: Tx,
  options: PeriodEvent & { now: Date },
): Promise<{ intentId: string; messages: EventMessage[]; rows: number }> {
  const { period, obligation, event } = options;
  const intentId = reportEventIntent(period.id, event.kind);
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
  const read = outstanding.length + done.size;
  if (units.length === 0) return { intentId, messages: [], rows: read };
  const firstReminded = await unitsNeverReminded(tx, { periodId: period.id, event, units });
  await recordReminders(tx, {
    periodId: period.id,
    unitIds: units.map((u) => u.id),
    kind: event.kind,
    sentAt: options.now,
  });
  const common = {
    name: obligation.name,
    period: periodLabel(period.periodKey, options.settings.recurrence),
    due: displayDate(period.dueDate),
  };
  const days = eventDays(event, options.settings);
  const messages =
    event.kind === "escalate_leader_unit"
      ? await leaderMessages(tx, { blocId: obligation.blocId, units, common, days })
      : await unitMessages(tx, {
          units,
          event,
          days,
          common,
          periodId: period.id,
          signatoryNote: signatoryEscalationDays(options.settings, firstReminded),
        });
  return { intentId, messages, rows: read + messages.length };
}

async function leaderMessages(
  tx: Tx,
  options: { blocId: string; units: Unit[]; common: Record<string, string | KeyedText>; days: number },
): Promise<EventMessage[]> {
  const people = await findAudience(tx, { blocId: options.blocId, audience: { kind: "leader_unit" } });
  const params = { ...options.common, days: options.days };
  return people.map((person) => ({
    message: {
      recipientKey: `person:${person.id}`,
      personId: person.id,
      chatId: person.chatId,
      textKey: "reports.escalation_leader",
      textParams: { ...params, units: options.units.map(unitLabel) },
    },
    item: {
      key: "reports.combined_item_leader",
      params: { ...params, units: options.units.map(unitLabel).join(", ") },
    },
    button: null,
    toSignatory: false,
    escalatesAfter: null,
  }));
}

// One INSERT per chunk of units. Not createMany: Prisma compiles a createMany together with its rows, and for
// 100 reminders that took about 30 ms against 2 ms for this (bench/report-tick.ts). The ids are made here in the
// shape of Prisma's cuids (newRowId), the same on SQLite and PostgreSQL; nothing reads their order.
async function recordReminders(tx: Tx, options: { periodId: string; unitIds: string[]; kind: string; sentAt: Date }) {
  for (let start = 0; start < options.unitIds.length; start += unitChunkSize) {
    const rows = options.unitIds
      .slice(start, start + unitChunkSize)
      .map((unitId) => Prisma.sql`(${newRowId()}, ${options.periodId}, ${unitId}, ${options.kind}, ${options.sentAt})`);
    await tx.$executeRaw`INSERT INTO "ReportReminder" ("id", "periodId", "unitId", "kind", "sentAt") VALUES ${Prisma.join(rows)}`;
  }
}

const unitLabel = (unit: Unit) => unit.shortName ?? unit.name;

// The units this reminder is the first of the period for (the signatory hears of the escalation then, once).
async function unitsNeverReminded(tx: Tx, options: { periodId: string; event: ReportEvent; units: Unit[] }) {
  if (!options.event.kind.startsWith("remind_")) return new Set<string>();
  const earlier = await tx.reportReminder.findMany({
    where: {
      periodId: options.periodId,
      kind: { startsWith: "remind_" },
      unitId: { in: options.units.map((u) => u.id) },
    },
    select: { unitId: true },
  });
  const reminded = new Set(earlier.map((row) => row.unitId));
  return new Set(options.units.filter((unit) => !reminded.has(unit.id)).map((unit) => unit.id));
}

function signatoryEscalationDays(settings: ObligationSettings, units: Set<string>) {
  const days = settings.escalations.find((e) => e.to === "signatory")?.workingDays;
  return days === undefined ? null : { days, units };
}

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
    common: Record<string, string | KeyedText>;
    periodId: string;
    signatoryNote: { days: number; units: Set<string> } | null;
  },
): Promise<EventMessage[]> {
  const { event } = options;
  const blocId = options.units[0]?.blocId ?? "";
  const byUnit = new Map<string, Awaited<ReturnType<typeof findAudience>>>();
  const audience = { kind: "units" as const, unitIds: options.units.map((unit) => unit.id) };
  for (const person of await findAudience(tx, { blocId, audience })) {
    const members = byUnit.get(person.unitId!);
    if (members) members.push(person);
    else byUnit.set(person.unitId!, [person]);
  }
  const escalation = event.kind === "escalate_signatory";
  const textKey = escalation
    ? "reports.escalation_signatory"
    : options.days === 0
      ? "reports.reminder_today"
      : "reports.reminder_before";
  const itemKey = escalation
    ? "reports.combined_item_signatory"
    : options.days === 0
      ? "reports.combined_item_today"
      : "reports.combined_item_before";
  const buttons = reportButtons(options.periodId);
  const messages: EventMessage[] = [];
  for (const unit of options.units) {
    const members = byUnit.get(unit.id) ?? [];
    const signatories = members.filter((m) => m.role === "signatory");
    const recipients = escalation && signatories.length > 0 ? signatories : members;
    const params = { ...options.common, unit: unitLabel(unit), days: options.days };
    const note = options.signatoryNote?.units.has(unit.id) ? options.signatoryNote.days : null;
    for (const m of recipients) {
      const escalatesAfter = m.role === "signatory" ? note : null;
      messages.push({
        message: {
          recipientKey: `person:${m.id}`,
          personId: m.id,
          chatId: m.chatId,
          textKey: escalatesAfter === null ? textKey : `${textKey}_signatory`,
          textParams: escalatesAfter === null ? params : { ...params, after: escalatesAfter },
          buttons,
        },
        item: { key: itemKey, params },
        button: {
          textKey: "reports.combined_submit_button",
          textParams: { name: String(options.common.name), due: String(options.common.due) },
          action: { type: "reports.submit", periodId: options.periodId },
        },
        toSignatory: escalation,
        escalatesAfter,
      });
    }
  }
  return messages;
}
