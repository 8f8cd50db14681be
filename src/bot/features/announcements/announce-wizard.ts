import { AnnouncementDraftSchema } from "../../../domain/announcements/announcement-draft-schema.js";
import { createWizard } from "../../create-wizard.js";

// Steps: "content" → "attach" (text given, a file may follow) → "audience" → "units" (chosen units) → "confirm".
export const announceWizard = createWizard("announce", AnnouncementDraftSchema);
