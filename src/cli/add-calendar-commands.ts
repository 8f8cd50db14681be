import { InvalidArgumentError, type Command } from "commander";
import type { Db } from "../db/create-database.js";
import { systemClock } from "../domain/clock.js";
import { parseCalendarDateText, weekdayOf } from "../domain/reports/calendar-date.js";
import { listCalendarDays, type CalendarDayRow } from "../domain/reports/list-calendar-days.js";
import { removeCalendarDay } from "../domain/reports/remove-calendar-day.js";
import { setCalendarDay } from "../domain/reports/set-calendar-day.js";
import { zonedDateOf } from "../domain/reports/zoned-time.js";
import type { Actor } from "../domain/people/load-actor.js";
import type { Translate } from "../i18n/translator.js";

export type CalendarCommandDeps = { openDb: () => Promise<Db>; actor: Actor; timeZone: string; translate: Translate };

const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dayText = (kind: string) => (kind === "holiday" ? "a day off" : "a working day");

const parseYear = (value: string) => {
  const year = Number(value);
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new InvalidArgumentError("must be a year from 2000 to 2100");
  return year;
};
// Operators may type 02/09/2026 as well as 2026-09-02.
const parseDate = (value: string) => {
  try {
    return parseCalendarDateText(value);
  } catch {
    throw new InvalidArgumentError("must be a real date such as 2026-09-02 or 02/09/2026");
  }
};

function describeRow(row: CalendarDayRow, translate: Translate) {
  const name = translate(row.nameKey);
  const replaces = row.tableNameKey ? ` (table: ${translate(row.tableNameKey)})` : "";
  return {
    date: row.date,
    weekday: weekdays[row.weekday]!,
    kind: row.kind,
    source: row.source,
    name,
    note: row.note,
    replaces: row.tableNameKey ? translate(row.tableNameKey) : null,
    text: `${name}${row.note ? `: ${row.note}` : ""}${replaces}`,
  };
}

async function withDb<T>(deps: CalendarCommandDeps, work: (db: Db) => Promise<T>): Promise<T> {
  const db = await deps.openDb();
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

export function addCalendarCommands(program: Command, deps: CalendarCommandDeps): void {
  const calendar = program
    .command("calendar")
    .description("reporting calendar: holidays, days off and make-up working days");

  calendar
    .command("list")
    .option("--year <y>", "year (default: this year in APP_TIMEZONE)", parseYear)
    .option("--json", "print JSON")
    .description("list the year's holidays, compensatory days and swaps (table) and the operator's changes (override)")
    .action(async (options: { year?: number; json?: boolean }) => {
      const year = options.year ?? Number(zonedDateOf(systemClock(), deps.timeZone).slice(0, 4));
      const rows = (await withDb(deps, (db) => listCalendarDays(db, { year }))).map((row) =>
        describeRow(row, deps.translate),
      );
      if (options.json) {
        process.stdout.write(
          `${JSON.stringify(
            rows.map(({ text: _text, ...row }) => row),
            null,
            2,
          )}\n`,
        );
        return;
      }
      process.stdout.write(`Calendar ${year}: days that differ from a Monday–Friday week\n`);
      for (const row of rows)
        process.stdout.write(
          `${row.date} ${row.weekday}  ${row.kind.padEnd(7)}  ${row.source.padEnd(8)}  ${row.text}\n`,
        );
    });

  for (const kind of ["holiday", "workday"] as const) {
    calendar
      .command(kind)
      .argument("<date>", "yyyy-MM-dd or dd/MM/yyyy", parseDate)
      .option("--note <text>", "why, e.g. the decision's number")
      .description(
        kind === "holiday"
          ? "make a date a day off (a decision the table does not know)"
          : "make a date a working day (e.g. a Saturday worked in exchange)",
      )
      .action(async (date: string, options: { note?: string }) => {
        const result = await withDb(deps, (db) =>
          setCalendarDay(db, {
            date,
            kind,
            note: options.note,
            actor: deps.actor,
            timeZone: deps.timeZone,
            now: systemClock(),
          }),
        );
        const label = `${date} (${weekdays[weekdayOf(date)]})`;
        if (!result.changed) {
          process.stdout.write(`${label} is already ${dayText(kind)}: no change.\n`);
          return;
        }
        const was = result.previous
          ? ` (was ${dayText(result.previous.kind)}${result.previous.note ? `: ${result.previous.note}` : ""})`
          : "";
        process.stdout.write(
          `${label} is now ${dayText(kind)}${result.note ? `: ${result.note}` : ""}${was}. Report periods recomputed: ${result.replanned}.\n`,
        );
      });
  }

  calendar
    .command("remove")
    .argument("<date>", "yyyy-MM-dd or dd/MM/yyyy", parseDate)
    .description("remove an operator's change; the day follows the built-in table again")
    .action(async (date: string) => {
      const result = await withDb(deps, (db) =>
        removeCalendarDay(db, { date, actor: deps.actor, timeZone: deps.timeZone, now: systemClock() }),
      );
      process.stdout.write(
        `${date}: removed the change to ${dayText(result.kind)}; the built-in table applies. Report periods recomputed: ${result.replanned}.\n`,
      );
    });
}
