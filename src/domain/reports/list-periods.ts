import { DomainError } from "../domain-error.js";
import { addDays, clampedDate, displayDate, shiftMonth, splitDate } from "./calendar-date.js";
import { findPreviousCronDueDate, listCronDueDates } from "./cron-due-dates.js";
import { checkDueRuleFits, type DueRule, type LocalizedText, type Recurrence } from "./due-rule.js";
import { shiftToWorkingDay, type DueShift, type WorkCalendar } from "./work-calendar.js";

// All yyyy-MM-dd Vietnam dates. Submissions are accepted from opensOn; after dueDate they are late;
// after closesOn the period is closed and a missing report stays missing.
export type Period = {
  periodKey: string;
  coversFrom: string;
  coversTo: string;
  nominalDue: string;
  dueDate: string;
  opensOn: string;
  closesOn: string;
};

export type ListPeriodsOptions = {
  recurrence: Recurrence;
  dueRule: DueRule;
  // Day of the due month on which the covered data ends (Nghị định 09/2019: the 14th).
  cutoffDay?: number;
  shift: DueShift;
  calendar: WorkCalendar;
  from: string;
  to: string;
};

export const defaultCutoffDay = 14;
export const lateWindowDays = 30;

// A period before its dates: its key, first month and due month (months may run into the previous year).
type Slot = { periodKey: string; year: number; firstMonth: number; dueMonth: number };

function listSlots(recurrence: Recurrence, dueMonth: number | undefined, year: number): Slot[] {
  const pad = (n: number) => String(n).padStart(2, "0");
  switch (recurrence) {
    case "monthly":
      return Array.from({ length: 12 }, (_, i) => ({
        periodKey: `${year}-${pad(i + 1)}`,
        year,
        firstMonth: i + 1,
        dueMonth: i + 1,
      }));
    case "quarterly":
      return [1, 2, 3, 4].map((q) => ({ periodKey: `${year}-Q${q}`, year, firstMonth: 3 * q - 2, dueMonth: 3 * q }));
    case "half_yearly":
      return [1, 2].map((h) => ({ periodKey: `${year}-H${h}`, year, firstMonth: 6 * h - 5, dueMonth: 6 * h }));
    default:
      return [{ periodKey: String(year), year, firstMonth: 1, dueMonth: dueMonth ?? 12 }];
  }
}

// Data from the day after the cut-off in the month before the period up to the cut-off in the due month
// (monthly March: 15/02–14/03; Q1: 15/12–14/03). A due date before the cut-off ends the data on the due date.
function coverage(options: {
  year: number;
  firstMonth: number;
  dueMonth: number;
  nominalDue: string;
  cutoffDay: number;
}) {
  const before = shiftMonth(options.year, options.firstMonth, -1);
  const dueCutoff = clampedDate(options.year, options.dueMonth, options.cutoffDay);
  return {
    coversFrom: addDays(clampedDate(before.year, before.month, options.cutoffDay), 1),
    coversTo: dueCutoff < options.nominalDue ? dueCutoff : options.nominalDue,
  };
}

export function listPeriods(options: ListPeriodsOptions): Period[] {
  const { recurrence, dueRule, from, to } = options;
  const cutoffDay = options.cutoffDay ?? defaultCutoffDay;
  if (!Number.isInteger(cutoffDay) || cutoffDay < 1 || cutoffDay > 31)
    throw new DomainError("reports.error_bad_cutoff_day");
  checkDueRuleFits(dueRule, recurrence);
  if (from > to) return [];

  const complete = (p: Omit<Period, "dueDate" | "opensOn" | "closesOn">): Period => {
    const dueDate = shiftToWorkingDay(p.nominalDue, options.shift, options.calendar);
    return { ...p, dueDate, opensOn: p.coversFrom, closesOn: addDays(dueDate, lateWindowDays) };
  };

  if (dueRule.kind === "cron") {
    const dates = listCronDueDates({ expression: dueRule.expression, from, to, zone: options.calendar.timeZone });
    return dates.map((nominalDue, i) => {
      const previous =
        i > 0
          ? dates[i - 1]!
          : findPreviousCronDueDate({
              expression: dueRule.expression,
              before: nominalDue,
              zone: options.calendar.timeZone,
            });
      const { year, month } = splitDate(nominalDue);
      const coversFrom = previous
        ? addDays(previous, 1)
        : coverage({ year, firstMonth: month, dueMonth: month, nominalDue, cutoffDay }).coversFrom;
      return complete({ periodKey: nominalDue, coversFrom, coversTo: nominalDue, nominalDue });
    });
  }

  if (dueRule.kind === "date") {
    if (dueRule.date < from || dueRule.date > to) return [];
    const { year, month } = splitDate(dueRule.date);
    return [
      complete({
        periodKey: dueRule.date,
        nominalDue: dueRule.date,
        ...coverage({ year, firstMonth: month, dueMonth: month, nominalDue: dueRule.date, cutoffDay }),
      }),
    ];
  }

  const periods: Period[] = [];
  for (let year = splitDate(from).year; year <= splitDate(to).year; year++) {
    for (const slot of listSlots(recurrence, dueRule.month, year)) {
      const nominalDue = clampedDate(year, slot.dueMonth, dueRule.day);
      if (nominalDue < from || nominalDue > to) continue;
      periods.push(
        complete({ periodKey: slot.periodKey, nominalDue, ...coverage({ ...slot, nominalDue, cutoffDay }) }),
      );
    }
  }
  return periods;
}

const romanQuarters = ["I", "II", "III", "IV"];

// "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026", "20/03/2026". The key's shape decides,
// so a cron obligation (keyed by date) is labelled right whatever its recurrence says.
export function periodLabel(periodKey: string, recurrence: Recurrence): LocalizedText {
  const year = periodKey.slice(0, 4);
  if (/^\d{4}-\d{2}-\d{2}$/.test(periodKey))
    return { key: "reports.period_date", params: { date: displayDate(periodKey) } };
  if (/^\d{4}-\d{2}$/.test(periodKey))
    return { key: "reports.period_month", params: { month: periodKey.slice(5), year } };
  const quarter = /^\d{4}-Q([1-4])$/.exec(periodKey);
  if (quarter)
    return { key: "reports.period_quarter", params: { quarter: romanQuarters[Number(quarter[1]) - 1]!, year } };
  if (/^\d{4}-H1$/.test(periodKey)) return { key: "reports.period_half_first", params: { year } };
  if (/^\d{4}-H2$/.test(periodKey)) return { key: "reports.period_half_second", params: { year } };
  if (/^\d{4}$/.test(periodKey)) return { key: "reports.period_year", params: { year } };
  throw new Error(`Unknown period key ${periodKey} (${recurrence})`);
}
