import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { registerCommentEditWizard } from "./comment-edit-wizard.js";
import { registerCommentWizard } from "./comment-wizard.js";
import { registerDraftReview } from "./draft-review.js";
import { registerExtendWizard } from "./extend-wizard.js";
import { registerNewDraftWizard } from "./new-draft-wizard.js";
import { registerNewVersionWizard } from "./new-version-wizard.js";
import { registerRemindersWizard } from "./reminders-wizard.js";
import { registerRespondWizard } from "./respond-wizard.js";
import { registerUnitAnswers } from "./unit-answers.js";

// Drafts for comments: the leader unit circulates, units comment or answer "no comments", the leader unit answers
// each comment, revises, sets reminders and deadlines, and exports the synthesis.
export function draftsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  registerNewDraftWizard(feature, deps);
  registerUnitAnswers(feature, deps);
  registerCommentWizard(feature, deps);
  registerCommentEditWizard(feature, deps);
  registerDraftReview(feature, deps);
  registerRespondWizard(feature, deps);
  registerExtendWizard(feature, deps);
  registerNewVersionWizard(feature, deps);
  registerRemindersWizard(feature, deps);
  return feature;
}
