import type { OffsetRules } from "../schedules/parse-offsets.js";

// A draft's reminders: from 1 hour to 60 days before the deadline, at most 5.
export const draftOffsetRules: OffsetRules = {
  errorCode: "drafts.error_bad_offsets",
  minMinutes: 60,
  maxMinutes: 60 * 1440,
  maxCount: 5,
};
