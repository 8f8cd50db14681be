import { Composer } from "telegraf";
import type { BotContext } from "../../bot-context.js";
import type { BotDeps } from "../../bot-deps.js";
import { onButton } from "../../create-callback-data.js";
import { handleEditObligationInput, startEditObligation } from "./edit-obligation-wizard.js";
import { changeShift, showObligation, showPastPeriods, showPeriod, toggleObligation } from "./manage-obligation.js";
import {
  chooseDefaultReminders,
  chooseRecurrence,
  confirmNewObligation,
  handleNewObligationInput,
  startNewObligation,
} from "./new-obligation-wizard.js";
import { openSubmission } from "./open-submission.js";
import * as callbacks from "./reports-callbacks.js";
import { editObligationWizard, newObligationWizard, submitWizard } from "./reports-wizards.js";
import { showCompliance, sendComplianceXlsx } from "./show-compliance.js";
import { showReports } from "./show-reports.js";
import { fileReminderReply, handleSubmitInput, startSubmit } from "./submit-report-flow.js";
import { chooseAllUnits, finishReportUnits, toggleReportUnit } from "./unit-picker.js";
import { onCommand } from "../../on-command.js";

// The reporting regime: /reports (the leader's obligations and their wizards, a unit's open periods and sending
// a report), a report sent in reply to its reminder, and /compliance with its Excel file.
export function reportsFeature(deps: BotDeps): Composer<BotContext> {
  const feature = new Composer<BotContext>();
  onCommand(feature, "reports", (ctx) => showReports(ctx, deps));
  onCommand(feature, "compliance", (ctx) => showCompliance(ctx, deps, ctx.message.text));
  // First of the message handlers: a reply to a reminder is filed whatever wizard is open.
  feature.on("message", (ctx, next) => fileReminderReply(ctx, deps, next));
  onButton(feature, callbacks.submitPeriod, (ctx, data) => startSubmit(ctx, deps, data.periodId));
  onButton(feature, callbacks.viewObligation, (ctx, data) => showObligation(ctx, deps, data.obligationId));
  onButton(feature, callbacks.viewPeriod, (ctx, data) => showPeriod(ctx, deps, data.periodId));
  onButton(feature, callbacks.openSubmission, (ctx, data) => openSubmission(ctx, deps, data.submissionId));
  onButton(feature, callbacks.pastPeriods, (ctx, data) => showPastPeriods(ctx, deps, data.obligationId));
  onButton(feature, callbacks.newObligation, (ctx) => startNewObligation(ctx, deps));
  onButton(feature, callbacks.chooseRecurrence, (ctx, data) => chooseRecurrence(ctx, deps, data.recurrence));
  onButton(feature, callbacks.chooseAllUnits, (ctx) => chooseAllUnits(ctx, deps));
  onButton(feature, callbacks.toggleUnit, (ctx, data) => toggleReportUnit(ctx, deps, data.unitId));
  onButton(feature, callbacks.finishUnits, (ctx) => finishReportUnits(ctx, deps));
  onButton(feature, callbacks.defaultReminders, (ctx) => chooseDefaultReminders(ctx, deps));
  onButton(feature, callbacks.createReport, (ctx) => confirmNewObligation(ctx, deps));
  onButton(feature, callbacks.editField, (ctx, data) => startEditObligation(ctx, deps, data.obligationId, data.field));
  onButton(feature, callbacks.toggleObligation, (ctx, data) => toggleObligation(ctx, deps, data.obligationId));
  onButton(feature, callbacks.cycleShift, (ctx, data) => changeShift(ctx, deps, data.obligationId));
  onButton(feature, callbacks.exportCompliance, (ctx, data) => sendComplianceXlsx(ctx, deps, Number(data.year)));
  submitWizard.onMessage(feature, deps, (ctx, state) => handleSubmitInput(ctx, deps, state));
  newObligationWizard.onMessage(feature, deps, (ctx, state) => handleNewObligationInput(ctx, deps, state));
  editObligationWizard.onMessage(feature, deps, (ctx, state) => handleEditObligationInput(ctx, deps, state));
  return feature;
}
