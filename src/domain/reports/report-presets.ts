import type { DueRule, Recurrence } from "./due-rule.js";

// The four reports every bloc owes (Nghị định 09/2019 and the covenant's task 6); a new bloc starts with them
// and the leader edits them. Names are locale keys, written in the bloc's language when created.
export const reportPresets: { preset: string; nameKey: string; recurrence: Recurrence; dueRule: DueRule }[] = [
  { preset: "monthly", nameKey: "reports.preset_monthly", recurrence: "monthly", dueRule: { kind: "day", day: 20 } },
  {
    preset: "quarterly",
    nameKey: "reports.preset_quarterly",
    recurrence: "quarterly",
    dueRule: { kind: "day", day: 20 },
  },
  {
    preset: "half_year",
    nameKey: "reports.preset_half_year",
    recurrence: "yearly",
    dueRule: { kind: "day", day: 20, month: 6 },
  },
  { preset: "year_end", nameKey: "reports.preset_year_end", recurrence: "yearly", dueRule: { kind: "day", day: 20 } },
];
