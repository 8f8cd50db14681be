import type { Db } from "../../db/create-database.js";
import { auditActor } from "../audit/audit-actor.js";
import { recordAudit } from "../audit/record-audit.js";
import type { Actor } from "../people/load-actor.js";
import { assertCan } from "../policy/policy.js";
import { DomainError } from "../domain-error.js";
import type { DueRule, Recurrence } from "./due-rule.js";
import type { Escalation } from "./obligation-settings.js";
import { planPeriods } from "./plan-periods.js";
import type { DueShift, WorkCalendar } from "./work-calendar.js";

export type ObligationChange = {
  name?: string;
  recurrence?: Recurrence;
  dueRule?: DueRule;
  unitIds?: string[] | null;
  reminders?: number[];
  escalations?: Escalation[];
  shift?: DueShift;
  cutoffDay?: number;
  active?: boolean;
};

// Any change of an obligation: its fields, pausing or resuming it, the day-off rule. Periods already due keep what
// they were; the ones ahead follow the new settings.
export async function updateObligation(
  db: Db,
  options: {
    blocId: string;
    obligationId: string;
    actor: Actor;
    change: ObligationChange;
    calendar: WorkCalendar;
    now: Date;
  },
) {
  assertCan(options.actor, "reports.manage");
  const { change, now } = options;
  return db.$transaction(async (tx) => {
    const before = await tx.reportObligation.findFirst({ where: { id: options.obligationId, blocId: options.blocId } });
    if (!before) throw new DomainError("reports.error_unknown_obligation");
    const obligation = await tx.reportObligation.update({
      where: { id: before.id },
      data: {
        ...(change.name !== undefined ? { name: change.name } : {}),
        ...(change.recurrence !== undefined ? { recurrence: change.recurrence } : {}),
        ...(change.dueRule !== undefined ? { dueRule: JSON.stringify(change.dueRule) } : {}),
        ...(change.unitIds !== undefined
          ? { unitIds: change.unitIds === null ? null : JSON.stringify(change.unitIds) }
          : {}),
        ...(change.reminders !== undefined ? { reminders: JSON.stringify(change.reminders) } : {}),
        ...(change.escalations !== undefined ? { escalations: JSON.stringify(change.escalations) } : {}),
        ...(change.shift !== undefined ? { shift: change.shift } : {}),
        ...(change.cutoffDay !== undefined ? { cutoffDay: change.cutoffDay } : {}),
        ...(change.active !== undefined ? { active: change.active } : {}),
        updatedAt: now,
      },
    });
    const planned = await planPeriods(tx, { obligation, calendar: options.calendar, now, replan: true });
    await recordAudit(tx, {
      blocId: options.blocId,
      actor: auditActor(options.actor),
      action: "reports.obligation_changed",
      subjectType: "report_obligation",
      subjectId: obligation.id,
      details: { ...change },
      now,
    });
    return { obligation, ...planned };
  });
}
