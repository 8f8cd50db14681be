import { encodeCallback } from "./callback-data.js";

// The button on every reminder and escalation; stored keyed so each recipient reads it in their language.
export function reportButtons(periodId: string) {
  return [[{ textKey: "reports.submit_button", callback_data: encodeCallback({ kind: "report_submit", periodId }) }]];
}
