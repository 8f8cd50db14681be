import { z } from "zod";
import { RecurrenceSchema } from "../../../domain/reports/due-rule.js";
import { createCallbackData, idField } from "../../create-callback-data.js";

// What a leader can change on an obligation, one field per button.
export const ReportFieldSchema = z.enum(["name", "due", "reminders", "escalations", "units", "cutoff"]);
export type ReportField = z.infer<typeof ReportFieldSchema>;

// A unit sends the report of a period (also the button on every reminder).
export const submitPeriod = createCallbackData("rs", { periodId: idField });
// The leader's overview: one obligation, one period.
export const viewObligation = createCallbackData("rv", { obligationId: idField });
export const viewPeriod = createCallbackData("rp", { periodId: idField });
// A unit's submitted report, opened by the leader.
export const openSubmission = createCallbackData("rf", { submissionId: idField });
// The closed periods of an obligation, on request.
export const pastPeriods = createCallbackData("rq", { obligationId: idField });
// The new-obligation wizard; the unit picker is shared with editing the units.
export const newObligation = createCallbackData("rn", {});
export const chooseRecurrence = createCallbackData("rr", { recurrence: RecurrenceSchema });
export const chooseAllUnits = createCallbackData("ra", {});
export const toggleUnit = createCallbackData("ru", { unitId: idField });
export const finishUnits = createCallbackData("rd", {});
export const defaultReminders = createCallbackData("rm", {});
export const createReport = createCallbackData("rc", {});
// Changing an obligation.
export const editField = createCallbackData("re", { obligationId: idField, field: ReportFieldSchema });
export const toggleObligation = createCallbackData("rt", { obligationId: idField });
export const cycleShift = createCallbackData("rh", { obligationId: idField });
// The compliance workbook of a year.
export const exportCompliance = createCallbackData("rx", { year: z.string().regex(/^20\d\d$/) });
