import { CronExpressionParser, type CronExpression } from "cron-parser";
import { DomainError } from "../domain-error.js";
import { addDays } from "./calendar-date.js";
import { startOfZonedDay, zonedDateOf } from "./zoned-time.js";

// Cron due rules are evaluated here with cron-parser; node-cron belongs to the scheduler alone.
// Only the classic 5 fields (minute hour day month weekday): a seconds field or an alias would be easy to misread.
function parseCron(expression: string, currentDate: Date, zone: string): CronExpression {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new DomainError("reports.error_bad_cron");
  try {
    return CronExpressionParser.parse(fields.join(" "), { tz: zone, currentDate });
  } catch {
    throw new DomainError("reports.error_bad_cron");
  }
}

// The expression in its normal form, or DomainError("reports.error_bad_cron"); one that never fires is refused too.
export function checkCronExpression(expression: string): string {
  const parsed = parseCron(expression, new Date(Date.UTC(2024, 0, 1)), "UTC");
  try {
    parsed.next();
  } catch {
    throw new DomainError("reports.error_bad_cron");
  }
  return expression.trim().split(/\s+/).join(" ");
}

// One second before the day starts: a firing at 00:00:00 of `date` comes next.
const justBefore = (date: string, zone: string) => new Date(startOfZonedDay(date, zone).getTime() - 1000);

function nextFiring(cron: CronExpression): Date | null {
  try {
    return cron.next().toDate();
  } catch {
    return null;
  }
}

// Dates (in `zone`) on which the expression fires, from..to inclusive; several firings on one day give one date.
export function listCronDueDates(options: { expression: string; from: string; to: string; zone: string }): string[] {
  const { zone } = options;
  const cron = parseCron(options.expression, justBefore(options.from, zone), zone);
  const dates: string[] = [];
  for (;;) {
    const next = nextFiring(cron);
    if (!next) return dates;
    const date = zonedDateOf(next, zone);
    if (date > options.to) return dates;
    dates.push(date);
    // Skip the rest of that day: an every-minute expression must not cost a loop per minute.
    cron.reset(justBefore(addDays(date, 1), zone));
  }
}

// The date (in `zone`) of the last firing before `date`, or null when there is none.
export function findPreviousCronDueDate(options: { expression: string; before: string; zone: string }): string | null {
  const cron = parseCron(options.expression, startOfZonedDay(options.before, options.zone), options.zone);
  try {
    return zonedDateOf(cron.prev().toDate(), options.zone);
  } catch {
    return null;
  }
}
