import { z } from "zod";
import { createWizard } from "../../create-wizard.js";

const ScheduleSchema = z.object({
  reminders: z.array(z.number()),
  reminderTime: z.string(),
  escalations: z.array(z.object({ workingDays: z.number(), to: z.enum(["signatory", "leader_unit"]) })),
});

// /review open <deadline>: the round waits here, with its schedule, until the leader opens it; "field" is the
// setting being typed, if any.
const OpenRoundDataSchema = z.object({
  deadline: z.string(),
  schedule: ScheduleSchema,
  field: z.enum(["reminders", "time", "escalations"]).nullable(),
});
export const openRoundWizard = createWizard("review_open", OpenRoundDataSchema);

export type OpenRoundData = z.infer<typeof OpenRoundDataSchema>;

// Gia hạn: the unit's sheet whose new deadline is being typed.
export const extendSheetWizard = createWizard("review_extend", z.object({ sheetId: z.string(), unitName: z.string() }));
