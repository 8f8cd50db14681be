import { z } from "zod";
import type { ReportObligation } from "../../generated/prisma/client.js";
import { DueRuleSchema, RecurrenceSchema, type DueRule, type Recurrence } from "./due-rule.js";
import { EscalationsSchema, ReminderOffsetsSchema, ReminderTimeSchema, type Escalation } from "./event-instants.js";
import { DueShiftSchema } from "./work-calendar.js";

export type { Escalation } from "./event-instants.js";

export type ObligationSettings = {
  recurrence: Recurrence;
  dueRule: DueRule;
  unitIds: string[] | null;
  reminders: number[];
  reminderTime: string;
  escalations: Escalation[];
  shift: z.infer<typeof DueShiftSchema>;
  cutoffDay: number;
};

// The JSON columns of an obligation, parsed once so the rest of the code works with typed values.
export function readObligationSettings(row: ReportObligation): ObligationSettings {
  return {
    recurrence: RecurrenceSchema.parse(row.recurrence),
    dueRule: DueRuleSchema.parse(JSON.parse(row.dueRule)),
    unitIds: row.unitIds === null ? null : z.array(z.string()).parse(JSON.parse(row.unitIds)),
    reminders: ReminderOffsetsSchema.parse(JSON.parse(row.reminders)),
    reminderTime: ReminderTimeSchema.parse(row.reminderTime),
    escalations: EscalationsSchema.parse(JSON.parse(row.escalations)),
    shift: DueShiftSchema.parse(row.shift),
    cutoffDay: row.cutoffDay,
  };
}

export function owesReport(settings: Pick<ObligationSettings, "unitIds">, unitId: string): boolean {
  return settings.unitIds === null || settings.unitIds.includes(unitId);
}
