import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { registerChangePlanWizards } from "./change-plan-wizards.js";
import { registerLeaderTools } from "./leader-tools.js";
import { registerMinutesWizard } from "./minutes-wizard.js";
import { registerNewConferenceWizard } from "./new-conference-wizard.js";
import { registerRemindersWizard } from "./reminders-wizard.js";
import { registerRsvpWizard } from "./rsvp-wizard.js";
import { registerUnitCheckIn } from "./unit-check-in.js";

// Conferences (hội nghị): /conference, the leader's invitation wizard and tools (time, venue, reminders, cancel,
// check-in marks, exports, minutes), and the units' answers and check-ins. Who may do each is decided by the
// conference services themselves (src/domain/conference) against the policy table.
export function conferenceFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  registerNewConferenceWizard(feature, deps);
  registerRsvpWizard(feature, deps);
  registerUnitCheckIn(feature, deps);
  registerChangePlanWizards(feature, deps);
  registerRemindersWizard(feature, deps);
  registerMinutesWizard(feature, deps);
  registerLeaderTools(feature, deps);
  return feature;
}
