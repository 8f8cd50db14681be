import type { Db, Tx } from "../../db/create-database.js";
import { CalendarDayKindSchema, createWorkCalendar, type WorkCalendar } from "./work-calendar.js";

// Every operator override (a few per year): read once per tick or request, then the calendar answers from memory.
export async function loadWorkCalendar(db: Db | Tx, options: { timeZone: string }): Promise<WorkCalendar> {
  const rows = await db.calendarDay.findMany({ select: { date: true, kind: true, note: true } });
  return createWorkCalendar({
    timeZone: options.timeZone,
    overrides: rows.map((row) => ({ date: row.date, kind: CalendarDayKindSchema.parse(row.kind), note: row.note })),
  });
}
