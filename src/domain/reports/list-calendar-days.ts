import type { Db } from "../../db/create-database.js";
import { weekdayOf } from "./calendar-date.js";
import { listOfficialDaySwaps } from "./list-official-day-swaps.js";
import { listPublicHolidays } from "./vietnam-holidays.js";
import { CalendarDayKindSchema, type CalendarDayKind } from "./work-calendar.js";

// weekday: 0 = Sunday … 6 = Saturday. tableNameKey: what the built-in table says about a day an override replaces.
export type CalendarDayRow = {
  date: string;
  weekday: number;
  kind: CalendarDayKind;
  source: "table" | "override";
  nameKey: string;
  note: string | null;
  tableNameKey: string | null;
};

// The year's days that differ from a plain Monday–Friday week: holidays, nghỉ bù, published swaps, and overrides.
export async function listCalendarDays(db: Db, options: { year: number }): Promise<CalendarDayRow[]> {
  const rows = new Map<string, CalendarDayRow>();
  const table = [
    ...listPublicHolidays(options.year).map((h) => ({ ...h, kind: "holiday" as const })),
    ...listOfficialDaySwaps(options.year),
  ];
  for (const day of table) {
    rows.set(day.date, {
      date: day.date,
      weekday: weekdayOf(day.date),
      kind: day.kind,
      source: "table",
      nameKey: day.nameKey,
      note: null,
      tableNameKey: null,
    });
  }
  const overrides = await db.calendarDay.findMany({ where: { date: { startsWith: `${options.year}-` } } });
  for (const override of overrides) {
    const kind = CalendarDayKindSchema.parse(override.kind);
    rows.set(override.date, {
      date: override.date,
      weekday: weekdayOf(override.date),
      kind,
      source: "override",
      nameKey: kind === "holiday" ? "calendar.override_holiday" : "calendar.override_workday",
      note: override.note || null,
      tableNameKey: rows.get(override.date)?.nameKey ?? null,
    });
  }
  return [...rows.values()].sort((a, b) => a.date.localeCompare(b.date));
}
