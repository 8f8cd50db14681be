import type { MessageButton } from "../delivery/message-action.js";

// The button on every reminder and escalation; its label is read in each recipient's language at send time.
export function reportButtons(periodId: string): MessageButton[][] {
  return [[{ textKey: "reports.submit_button", action: { type: "reports.submit", periodId } }]];
}
