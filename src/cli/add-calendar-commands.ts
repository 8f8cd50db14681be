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

// JSON keeps the stable English codes; text output is in DEFAULT_LOCALE, like the names it shows.
const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const dayText = (t: Translate, kind: string) => t(kind === "holiday" ? "cli.day_off" : "cli.day_working");
const weekdayText = (t: Translate, date: string) => t(`cli.weekday_${weekdays[weekdayOf(date)]!.toLowerCase()}`);

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
  const replaces = row.tableNameKey ? translate("cli.calendar_replaces", { name: translate(row.tableNameKey) }) : "";
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

async function printCalendar(deps: CalendarCommandDeps, options: { year?: number; json?: boolean }) {
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
  const t = deps.translate;
  process.stdout.write(`${t("cli.calendar_title", { year })}\n`);
  for (const row of rows) {
    const kind = t(`cli.kind_${row.kind}`).padEnd(9);
    const source = t(`cli.source_${row.source}`).padEnd(10);
    process.stdout.write(`${row.date} ${weekdayText(t, row.date)}  ${kind}  ${source}  ${row.text}\n`);
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
    .action((options: { year?: number; json?: boolean }) => printCalendar(deps, options));

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
        const t = deps.translate;
        const label = `${date} (${weekdayText(t, date)})`;
        if (!result.changed) {
          process.stdout.write(`${t("cli.calendar_unchanged", { label, day: dayText(t, kind) })}\n`);
          return;
        }
        const noteOf = (note: string | null | undefined) => (note ? `: ${note}` : "");
        const was = result.previous
          ? t("cli.calendar_was", { day: dayText(t, result.previous.kind), note: noteOf(result.previous.note) })
          : "";
        const day = dayText(t, kind);
        const text = t("cli.calendar_set", { label, day, note: noteOf(result.note), was, replanned: result.replanned });
        process.stdout.write(`${text}\n`);
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
      const t = deps.translate;
      const text = t("cli.calendar_removed", { date, day: dayText(t, result.kind), replanned: result.replanned });
      process.stdout.write(`${text}\n`);
    });
}
