import { z } from "zod";
import { DueRuleSchema, RecurrenceSchema } from "../../../domain/reports/due-rule.js";
import { createWizard } from "../../create-wizard.js";
import { ReportFieldSchema } from "./reports-callbacks.js";

const NewObligationFlowSchema = z.object({
  name: z.string().optional(),
  recurrence: RecurrenceSchema.optional(),
  dueRule: DueRuleSchema.optional(),
  unitIds: z.array(z.string()).nullable().optional(),
  reminders: z.array(z.number()).optional(),
});
export type NewObligationFlow = z.infer<typeof NewObligationFlowSchema>;

const EditObligationFlowSchema = z.object({
  obligationId: z.string(),
  field: ReportFieldSchema,
  recurrence: RecurrenceSchema,
  unitIds: z.array(z.string()).nullable().optional(),
});
export type EditObligationFlow = z.infer<typeof EditObligationFlowSchema>;

// The leader adding an obligation: name → recurrence → due rule → units → reminders → confirm.
export const newObligationWizard = createWizard("report_new", NewObligationFlowSchema);
// The leader changing one field of an obligation: a text, or the unit picker.
export const editObligationWizard = createWizard("report_edit", EditObligationFlowSchema);
// A unit sending the report of a period: the file or text.
export const submitWizard = createWizard("report_submit", z.object({ periodId: z.string() }));
