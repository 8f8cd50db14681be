import { addDays, formatDateParts, isWeekend, weekdayOf } from "./calendar-date.js";
import { lunarToSolar } from "./lunar-calendar.js";

export type PublicHoliday = { date: string; nameKey: string };

// The Labour Code 2019 (in force from 2021) fixes these holidays; the lunar algorithm is reliable far beyond
// 2100, but a table that far ahead would only be a guess at the law. Outside these years: no holidays (weekends only).
export const holidayYears = { first: 2021, last: 2100 } as const;

// Quốc khánh: 2/9 plus one adjacent day chosen by the Prime Minister each year. These are the published choices.
const officialNationalDayExtra: Record<number, string> = {
  2024: "2024-09-03",
  2025: "2025-09-01",
  2026: "2026-09-01",
};

// Without a decision yet: the adjacent weekday on the weekend's side (Mon → 3/9, Tue → 1/9, Thu → 3/9;
// Fri, Sat → 1/9; Sun → 3/9), and Tuesday 1/9 when 2/9 is a Wednesday, as decided for 2026.
// This reproduces every published choice above.
function nationalDayExtra(year: number): string {
  const official = officialNationalDayExtra[year];
  if (official) return official;
  const nationalDay = formatDateParts({ year, month: 9, day: 2 });
  const after = [1, 4, 0].includes(weekdayOf(nationalDay));
  return addDays(nationalDay, after ? 1 : -1);
}

function listStatutoryHolidays(year: number): PublicHoliday[] {
  const tet = lunarToSolar({ lunarYear: year, lunarMonth: 1, lunarDay: 1 });
  return (
    [
      { date: `${year}-01-01`, nameKey: "calendar.holiday_new_year" },
      // Art. 112(1)(b): 5 days that the Prime Minister fixes each year. The usual pattern, used here, is
      // the last day of the lunar year and mùng 1–4; operators override when the decision differs.
      ...[-1, 0, 1, 2, 3].map((offset) => ({ date: addDays(tet, offset), nameKey: "calendar.holiday_tet" })),
      { date: lunarToSolar({ lunarYear: year, lunarMonth: 3, lunarDay: 10 }), nameKey: "calendar.holiday_hung_kings" },
      { date: `${year}-04-30`, nameKey: "calendar.holiday_reunification" },
      { date: `${year}-05-01`, nameKey: "calendar.holiday_labour_day" },
      { date: `${year}-09-02`, nameKey: "calendar.holiday_national_day" },
      { date: nationalDayExtra(year), nameKey: "calendar.holiday_national_day" },
    ]
      // Two holidays on one date (Giỗ Tổ can fall on 30/4) are one day off.
      .filter((holiday, index, all) => all.findIndex((h) => h.date === holiday.date) === index)
      .sort((a, b) => a.date.localeCompare(b.date))
  );
}

// Art. 112(3): a holiday on the weekly rest day (Saturday, Sunday for public bodies) gives a day off on the
// next working day, after the rest of the holiday and any earlier compensatory day.
function addCompensatoryDays(holidays: PublicHoliday[]): PublicHoliday[] {
  const off = new Set(holidays.map((h) => h.date));
  const compensatory: PublicHoliday[] = [];
  for (const holiday of holidays) {
    if (!isWeekend(holiday.date)) continue;
    let day = addDays(holiday.date, 1);
    while (isWeekend(day) || off.has(day)) day = addDays(day, 1);
    off.add(day);
    compensatory.push({ date: day, nameKey: "calendar.holiday_compensatory" });
  }
  return [...holidays, ...compensatory].sort((a, b) => a.date.localeCompare(b.date));
}

const cache = new Map<number, PublicHoliday[]>();

// Days off by law in a year, sorted, compensatory days included; [] outside holidayYears.
export function listPublicHolidays(year: number): PublicHoliday[] {
  if (!Number.isInteger(year) || year < holidayYears.first || year > holidayYears.last) return [];
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = addCompensatoryDays(listStatutoryHolidays(year));
    cache.set(year, holidays);
  }
  return holidays.map((h) => ({ ...h }));
}
