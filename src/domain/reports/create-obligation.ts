import type { Db } from "../../db/create-database.js";
import { recordAudit, type AuditActor } from "../audit/record-audit.js";
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
};

export const defaultEscalations: Escalation[] = [
  { workingDays: 1, to: "signatory" },
  { workingDays: 3, to: "leader_unit" },
];

export async function createObligation(
  db: Db,
  options: { blocId: string; actor: AuditActor; obligation: NewObligation; calendar: WorkCalendar; now: Date },
) {
  const { obligation: input, now } = options;
  return db.$transaction(async (tx) => {
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
  });
}
