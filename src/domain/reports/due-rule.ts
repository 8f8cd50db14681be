import { z } from "zod";
import { DomainError } from "../domain-error.js";
import { CalendarDateSchema, daysInMonth, displayDate, formatDateParts, isCalendarDate } from "./calendar-date.js";
import { checkCronExpression } from "./cron-due-dates.js";

export const RecurrenceSchema = z.enum(["monthly", "quarterly", "half_yearly", "yearly", "once"]);
export type Recurrence = z.infer<typeof RecurrenceSchema>;

const isCron = (expression: string) => {
  try {
    checkCronExpression(expression);
    return true;
  } catch {
    return false;
  }
};

// day: that day of the period's last month (a day past the month's end means its last day); month only for yearly.
// date: the single due date of a "once" obligation. cron: the due date is the Vietnam date of each firing.
export const DueRuleSchema = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("day"),
    day: z.number().int().min(1).max(31),
    month: z.number().int().min(1).max(12).optional(),
  }),
  z.object({ kind: z.literal("date"), date: CalendarDateSchema }),
  z.object({
    kind: z.literal("cron"),
    expression: z.string().refine(isCron, { message: "must be a 5-field cron expression" }),
  }),
]);
export type DueRule = z.infer<typeof DueRuleSchema>;

export type LocalizedText = { key: string; params: Record<string, string | number> };

// A fixed date only for "once", and "once" only with a fixed date; a month only for yearly rules.
export function checkDueRuleFits(rule: DueRule, recurrence: Recurrence): void {
  const fits =
    rule.kind === "date"
      ? recurrence === "once"
      : recurrence !== "once" && (rule.kind === "cron" || rule.month === undefined || recurrence === "yearly");
  if (!fits) throw new DomainError("reports.error_bad_due_rule");
}

// A cron expression has 5 fields (or at least a "*"); anything else is read as a day or a date.
const looksLikeCron = (text: string) => /[*@]/.test(text) || text.split(" ").length >= 5;

// User input: "20", "ngày 20", "20/06" (yearly), "15/12/2026" (once) or a 5-field cron expression.
export function parseDueRuleText(text: string, recurrence: Recurrence): DueRule {
  const normalized = text.trim().replace(/\s+/g, " ");
  if (looksLikeCron(normalized)) {
    const expression = checkCronExpression(normalized);
    if (recurrence === "once") throw new DomainError("reports.error_bad_due_rule");
    return { kind: "cron", expression };
  }
  const rule = parseDayOrDate(normalized.toLowerCase().replace(/^(ngày|ngay|day)\s*/u, ""));
  if (!rule) throw new DomainError("reports.error_bad_due_rule");
  checkDueRuleFits(rule, recurrence);
  return rule;
}

function parseDayOrDate(text: string): DueRule | null {
  const numbers = /^(\d{1,2})(?:[/.-](\d{1,2}))?(?:[/.-](\d{4}))?$/.exec(text);
  if (!numbers) return isCalendarDate(text) ? { kind: "date", date: text } : null;
  const day = Number(numbers[1]);
  const month = numbers[2] === undefined ? undefined : Number(numbers[2]);
  if (numbers[3] !== undefined) {
    const date = formatDateParts({ year: Number(numbers[3]), month: month!, day });
    return isCalendarDate(date) ? { kind: "date", date } : null;
  }
  if (month === undefined) return day >= 1 && day <= 31 ? { kind: "day", day } : null;
  // 29/02 is accepted (the last day of February in common years); 31/06 is a typo, not a rule.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2024, month) ? { kind: "day", day, month } : null;
}

export function describeDueRule(rule: DueRule, recurrence: Recurrence): LocalizedText {
  if (rule.kind === "date") return { key: "reports.due_rule_once", params: { date: displayDate(rule.date) } };
  if (rule.kind === "cron") return { key: "reports.due_rule_cron", params: { expression: rule.expression } };
  if (recurrence === "quarterly") return { key: "reports.due_rule_quarterly", params: { day: rule.day } };
  if (recurrence === "half_yearly") return { key: "reports.due_rule_half_yearly", params: { day: rule.day } };
  if (recurrence === "yearly")
    return { key: "reports.due_rule_yearly", params: { day: rule.day, month: rule.month ?? 12 } };
  return { key: "reports.due_rule_monthly", params: { day: rule.day } };
}
