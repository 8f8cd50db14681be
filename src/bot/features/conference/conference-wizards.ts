import { z } from "zod";
import { ReminderTargetSchema, RsvpAnswerSchema } from "../../../domain/conference/conference-schemas.js";
import { createWizard } from "../../create-wizard.js";

const NewConferenceSchema = z.object({
  title: z.string().optional(),
  startsAt: z.string().optional(),
  venue: z.string().optional(),
  agenda: z.string().optional(),
  chair: z.string().optional(),
  // Set when a field is asked again from the preview: its answer goes back to the preview.
  editing: z.boolean().optional(),
});
export type NewConferenceData = z.infer<typeof NewConferenceSchema>;
const ConferenceRefSchema = z.object({ conferenceId: z.string() });

// The kinds are the ones conversations in the database already carry.
// The leader: title → time → venue → agenda → chair → "Gửi giấy mời".
export const newConferenceWizard = createWizard("conference", NewConferenceSchema);
export const editWizard = createWizard(
  "conference_edit",
  z.object({ conferenceId: z.string(), field: z.enum(["time", "venue"]) }),
);
export const cancelWizard = createWizard("conference_cancel", ConferenceRefSchema);
export const remindersWizard = createWizard(
  "conference_reminders",
  z.object({ conferenceId: z.string(), target: ReminderTargetSchema }),
);
export const minutesWizard = createWizard("conference_minutes", ConferenceRefSchema);
// A unit member answering: the names (attending, deputy) or the reason (absent).
export const rsvpWizard = createWizard(
  "conference_rsvp",
  z.object({ conferenceId: z.string(), answer: RsvpAnswerSchema }),
);
