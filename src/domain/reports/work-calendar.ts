import { z } from "zod";
import { addDays, CalendarDateSchema, daysInMonth, formatDateParts, isWeekend } from "./calendar-date.js";
import { listOfficialDaySwaps } from "./list-official-day-swaps.js";
import { listPublicHolidays } from "./vietnam-holidays.js";
import { defaultTimeZone } from "./zoned-time.js";

export const CalendarDayKindSchema = z.enum(["holiday", "workday"]);
export type CalendarDayKind = z.infer<typeof CalendarDayKindSchema>;

export const CalendarOverrideSchema = z.object({
  date: CalendarDateSchema,
  kind: CalendarDayKindSchema,
  note: z.string(),
});
export type CalendarOverride = z.infer<typeof CalendarOverrideSchema>;

// What happens to a due date on a non-working day.
export const DueShiftSchema = z.enum(["previous", "next", "none"]);
export type DueShift = z.infer<typeof DueShiftSchema>;

export type DaySource = "weekday" | "weekend" | "table" | "override";
export type DayDescription = {
  date: string;
  working: boolean;
  source: DaySource;
  nameKey: string | null;
  note: string | null;
};

export type WorkCalendar = {
  // The zone (APP_TIMEZONE) its dates are in: due instants, reminder times and lateness are computed in it.
  timeZone: string;
  isWorkingDay: (date: string) => boolean;
  // Why a day is (not) a working day: its holiday name or the operator's note.
  describeDay: (date: string) => DayDescription;
};

export type CreateWorkCalendarOptions = { overrides: CalendarOverride[]; timeZone?: string };

type SpecialDay = Omit<DayDescription, "date">;

// A day the government moved (table) or an operator decided (override); override wins.
function listSpecialDays(year: number, overrides: Map<string, CalendarOverride>): Map<string, SpecialDay> {
  const days = new Map<string, SpecialDay>();
  for (const holiday of listPublicHolidays(year))
    days.set(holiday.date, { working: false, source: "table", nameKey: holiday.nameKey, note: null });
  for (const swap of listOfficialDaySwaps(year))
    days.set(swap.date, { working: swap.kind === "workday", source: "table", nameKey: swap.nameKey, note: null });
  for (const override of overrides.values()) {
    if (!override.date.startsWith(`${year}-`)) continue;
    const working = override.kind === "workday";
    days.set(override.date, {
      working,
      source: "override",
      nameKey: working ? "calendar.override_workday" : "calendar.override_holiday",
      note: override.note || null,
    });
  }
  return days;
}

// A tick computes many due dates and event instants: each year is worked out once, on first use.
export function createWorkCalendar(options: CreateWorkCalendarOptions): WorkCalendar {
  const overrides = new Map(options.overrides.map((o) => [o.date, o]));
  const years = new Map<number, { special: Map<string, SpecialDay>; working: Set<string> }>();

  const yearOf = (date: string) => {
    const year = Number(date.slice(0, 4));
    let found = years.get(year);
    if (!found) {
      const special = listSpecialDays(year, overrides);
      const working = new Set<string>();
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= daysInMonth(year, month); day++) {
          const date = formatDateParts({ year, month, day });
          if (special.get(date)?.working ?? !isWeekend(date)) working.add(date);
        }
      }
      found = { special, working };
      years.set(year, found);
    }
    return found;
  };

  return {
    timeZone: options.timeZone ?? defaultTimeZone,
    isWorkingDay: (date) => yearOf(date).working.has(date),
    describeDay: (date) => {
      const special = yearOf(date).special.get(date);
      if (special) return { date, ...special };
      return isWeekend(date)
        ? { date, working: false, source: "weekend", nameKey: "calendar.weekend", note: null }
        : { date, working: true, source: "weekday", nameKey: null, note: null };
    },
  };
}

// Far more than any real run of days off; only a calendar overridden into nonsense gets here.
const maxSearchDays = 400;

function stepToWorkingDay(date: string, step: 1 | -1, calendar: WorkCalendar): string {
  let day = date;
  for (let i = 0; i < maxSearchDays; i++) {
    if (calendar.isWorkingDay(day)) return day;
    day = addDays(day, step);
  }
  throw new Error(`No working day within ${maxSearchDays} days of ${date}`);
}

// The date itself when it is a working day; otherwise the nearest working day before or after it, or itself for "none".
export function shiftToWorkingDay(date: string, shift: DueShift, calendar: WorkCalendar): string {
  if (shift === "none") return date;
  return stepToWorkingDay(date, shift === "previous" ? -1 : 1, calendar);
}

// The n-th working day after (n > 0) or before (n < 0) a date, not counting the date itself:
// from a Saturday, +1 is Monday and -1 is Friday. n = 0 returns the date unchanged, working or not.
export function addWorkingDays(date: string, n: number, calendar: WorkCalendar): string {
  if (!Number.isInteger(n)) throw new Error(`Working days must be a whole number, got ${n}`);
  const step = n < 0 ? -1 : 1;
  let day = date;
  for (let remaining = Math.abs(n); remaining > 0; remaining--)
    day = stepToWorkingDay(addDays(day, step), step, calendar);
  return day;
}
