import type { Db, Tx } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit, type AuditActor } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import type { DueRule, Recurrence } from "./due-rule.js";
import type { Escalation } from "./obligation-settings.js";
import { planPeriods } from "./plan-periods.js";
import type { WorkCalendar } from "./work-calendar.js";

export type NewObligation = {
  name: string;
  recurrence: Recurrence;
  dueRule: DueRule;
  unitIds?: string[] | null;
  reminders?: number[];
  escalations?: Escalation[];
  preset?: string | null;
  // A copy for a new year starts paused (a draft the leader reviews and resumes), with the settings it had.
  active?: boolean;
  reminderTime?: string;
  shift?: string;
  cutoffDay?: number;
};

export const defaultEscalations: Escalation[] = [
  { workingDays: 1, to: "signatory" },
  { workingDays: 3, to: "leader_unit" },
];

type CreateObligationOptions = { blocId: string; obligation: NewObligation; calendar: WorkCalendar; now: Date };

// A leader adds an obligation; its periods ahead are planned in the same transaction.
export async function createObligation(db: Db, options: CreateObligationOptions & { actor: Actor }) {
  assertCan(options.actor, "reports.manage");
  return writeObligation(db, { ...options, actor: auditActor(options.actor) });
}

// The write itself, also used for the bloc's preset obligations, which the system creates on first use rather
// than anyone deciding to.
export async function writeObligation(db: Db, options: CreateObligationOptions & { actor: AuditActor }) {
  return db.$transaction((tx) => insertObligation(tx, options));
}

// Inside the caller's transaction: the obligation, its planned periods and its audit row.
export async function insertObligation(tx: Tx, options: CreateObligationOptions & { actor: AuditActor }) {
  const { obligation: input, now } = options;
  const obligation = await tx.reportObligation.create({
    data: {
      blocId: options.blocId,
      name: input.name,
      recurrence: input.recurrence,
      dueRule: JSON.stringify(input.dueRule),
      unitIds: input.unitIds ? JSON.stringify(input.unitIds) : null,
      reminders: JSON.stringify(input.reminders ?? [3, 1, 0]),
      escalations: JSON.stringify(input.escalations ?? defaultEscalations),
      preset: input.preset ?? null,
      active: input.active ?? true,
      ...(input.reminderTime ? { reminderTime: input.reminderTime } : {}),
      ...(input.shift ? { shift: input.shift } : {}),
      ...(input.cutoffDay ? { cutoffDay: input.cutoffDay } : {}),
      createdById: options.actor.personId ?? null,
      createdAt: now,
      updatedAt: now,
    },
  });
  const planned = await planPeriods(tx, { obligation, calendar: options.calendar, now });
  await recordAudit(tx, {
    blocId: options.blocId,
    actor: options.actor,
    action: "reports.obligation_created",
    subjectType: "report_obligation",
    subjectId: obligation.id,
    details: { ...input },
    now,
  });
  return { obligation, periods: planned.created };
}
