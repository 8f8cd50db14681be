import type { MessageAction } from "../../../domain/delivery/message-action.js";
import { submitPeriod } from "./reports-callbacks.js";

type SubmitAction = Extract<MessageAction, { type: "reports.submit" }>;

// The "Nộp báo cáo" button on queued reminders and escalations.
export const reportsActionEncoders = {
  "reports.submit": (action: SubmitAction) => submitPeriod.pack({ periodId: action.periodId }),
};
