import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { addDays } from "../../src/domain/reports/calendar-date.js";
import { listPeriods } from "../../src/domain/reports/list-periods.js";
import { loadWorkCalendar } from "../../src/domain/reports/load-work-calendar.js";
import { planPeriods } from "../../src/domain/reports/plan-periods.js";
import { endOfZonedDay, zonedDateOf } from "../../src/domain/reports/zoned-time.js";
import { createWorkCalendar, shiftToWorkingDay } from "../../src/domain/reports/work-calendar.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { newDatabaseUrl } from "../support/test-db.js";

const run = promisify(execFile);
// The CLI runs with the env schema's default APP_TIMEZONE.
const timeZone = "Asia/Ho_Chi_Minh";
const endOfVietnamDay = (date: string) => endOfZonedDay(date, timeZone);
const vietnamDateOf = (instant: Date) => zonedDateOf(instant, timeZone);
// An empty database of its own, which the CLI migrates (a file, or a PostgreSQL database on test:pg).
const { url: databaseUrl, drop } = await newDatabaseUrl({ migrated: false });
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BOT_USERNAME: "KhoiTestBot",
  BOT_TOKEN: "",
  LOG_LEVEL: "silent",
  DEFAULT_LOCALE: "vi",
};

async function cli(...args: string[]) {
  return cliIn(env, ...args);
}
async function cliIn(environment: typeof env, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], {
      env: environment,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

type Row = {
  date: string;
  weekday: string;
  kind: string;
  source: string;
  name: string;
  note: string | null;
  replaces: string | null;
};
const listJson = async (year: number) =>
  JSON.parse((await cli("calendar", "list", "--year", String(year), "--json")).stdout) as Row[];
const audits = (action: string) => db.auditEvent.count({ where: { action } });

let db: Db;
beforeAll(async () => {
  db = (await createDatabase({ databaseUrl })).db;
});
afterAll(async () => db.$disconnect().finally(drop));

// Each test starts the CLI as a process of its own (and it checks the migrations first): longer than the default.
describe("cli calendar", { timeout: 90_000 }, () => {
  test("list shows the built-in table for a year, sorted, with names in the default language", async () => {
    const rows = await listJson(2026);
    expect(rows.map((r) => r.date)).toEqual([...rows.map((r) => r.date)].sort());
    expect(rows).toContainEqual({
      date: "2026-02-17",
      weekday: "Tue",
      kind: "holiday",
      source: "table",
      name: "Tết Nguyên đán",
      note: null,
      replaces: null,
    });
    expect(rows).toContainEqual(
      expect.objectContaining({
        date: "2026-04-27",
        kind: "holiday",
        name: "Nghỉ bù (ngày lễ trùng ngày nghỉ hằng tuần)",
      }),
    );
    expect(rows).toContainEqual(
      expect.objectContaining({ date: "2026-08-22", weekday: "Sat", kind: "workday", source: "table" }),
    );
    const text = await cli("calendar", "list", "--year", "2026");
    expect(text.code).toBe(0);
    // The text output speaks DEFAULT_LOCALE throughout, not only in the holiday names.
    expect(text.stdout).toContain("Lịch năm 2026: các ngày khác với tuần làm việc thứ Hai – thứ Sáu");
    expect(text.stdout).toMatch(/2026-02-16 T2 {2}nghỉ +bảng +Tết Nguyên đán/);
    const english = await cliIn({ ...env, DEFAULT_LOCALE: "en" }, "calendar", "list", "--year", "2026");
    expect(english.stdout).toContain("Calendar 2026: days that differ from a Monday–Friday week");
    expect(english.stdout).toMatch(/2026-02-16 Mon {2}holiday +table +Lunar New Year \(Tết\)/);
  });

  test(
    "holiday and workday add overrides with an audit row; the same change again is a no-op",
    { timeout: 90_000 },
    async () => {
      const before = await audits("calendar.day_set");
      const holiday = await cli("calendar", "holiday", "31/12/2027", "--note", "Quyết định số 123/QĐ-TTg");
      expect(holiday.code).toBe(0);
      expect(holiday.stdout).toContain("2027-12-31 (T6) nay là ngày nghỉ: Quyết định số 123/QĐ-TTg");
      expect(await db.calendarDay.findUnique({ where: { date: "2027-12-31" } })).toMatchObject({
        kind: "holiday",
        note: "Quyết định số 123/QĐ-TTg",
      });

      const again = await cli("calendar", "holiday", "2027-12-31", "--note", "Quyết định số 123/QĐ-TTg");
      expect(again.stdout).toContain("không thay đổi");

      const saturday = await cli("calendar", "workday", "2027-02-13", "--note", "Làm bù");
      expect(saturday.code).toBe(0);
      // A table holiday turned into a working day.
      expect((await cli("calendar", "workday", "2026-02-20")).code).toBe(0);
      expect(await audits("calendar.day_set")).toBe(before + 3);

      const rows2027 = await listJson(2027);
      expect(rows2027).toContainEqual({
        date: "2027-02-13",
        weekday: "Sat",
        kind: "workday",
        source: "override",
        name: "Ngày làm việc do quản trị viên đặt",
        note: "Làm bù",
        replaces: null,
      });
      expect(rows2027).toContainEqual(
        expect.objectContaining({ date: "2027-12-31", kind: "holiday", source: "override" }),
      );
      expect(await listJson(2026)).toContainEqual(
        expect.objectContaining({
          date: "2026-02-20",
          kind: "workday",
          source: "override",
          replaces: "Tết Nguyên đán",
        }),
      );
      const calendar = await loadWorkCalendar(db, { timeZone });
      expect([
        calendar.isWorkingDay("2027-02-13"),
        calendar.isWorkingDay("2026-02-20"),
        calendar.isWorkingDay("2027-12-31"),
      ]).toEqual([true, true, false]);
    },
  );

  test("remove puts the table back; removing a day without a change is refused", async () => {
    const removed = await cli("calendar", "remove", "2026-02-20");
    expect(removed.code).toBe(0);
    expect(await listJson(2026)).toContainEqual(
      expect.objectContaining({ date: "2026-02-20", kind: "holiday", source: "table" }),
    );
    expect(await audits("calendar.day_removed")).toBe(1);

    const missing = await cli("calendar", "remove", "2026-02-20");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("Lịch chưa có điều chỉnh nào cho ngày 2026-02-20.");
    expect(await audits("calendar.day_removed")).toBe(1);
  });

  test.each([
    [["calendar", "holiday", "31/02/2026"], "must be a real date"],
    [["calendar", "list", "--year", "26"], "must be a year from 2000 to 2100"],
  ])("refuses %j as a usage error", async (args, message) => {
    const before = await db.calendarDay.count();
    const result = await cli(...args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(await db.calendarDay.count()).toBe(before);
  });

  test(
    "a new day off on a due date moves the planned period's due date; removing it moves it back",
    { timeout: 90_000 },
    async () => {
      const bloc = await seedExampleBloc(db);
      const now = new Date();
      const obligation = await db.reportObligation.create({
        data: {
          blocId: bloc.blocId,
          name: "Báo cáo tháng",
          recurrence: "monthly",
          dueRule: JSON.stringify({ kind: "day", day: 20 }),
          createdAt: now,
          updatedAt: now,
        },
      });
      await db.$transaction(async (tx) =>
        planPeriods(tx, { obligation, calendar: await loadWorkCalendar(tx, { timeZone }), now }),
      );
      // A period at least a week ahead whose due date is its nominal date (a plain working day).
      const today = vietnamDateOf(now);
      const calendar = await loadWorkCalendar(db, { timeZone });
      const target = listPeriods({
        recurrence: "monthly",
        dueRule: { kind: "day", day: 20 },
        shift: "previous",
        calendar,
        from: addDays(today, 7),
        to: addDays(today, 200),
      }).find((p) => p.dueDate === p.nominalDue)!;
      const row = () =>
        db.reportPeriod.findUniqueOrThrow({
          where: { obligationId_periodKey: { obligationId: obligation.id, periodKey: target.periodKey } },
        });
      expect((await row()).dueDate).toBe(target.dueDate);

      const result = await cli("calendar", "holiday", target.nominalDue, "--note", "Nghỉ đột xuất");
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Số kỳ báo cáo được tính lại: [1-9]/);
      const withDayOff = createWorkCalendar({ overrides: [{ date: target.nominalDue, kind: "holiday", note: "" }] });
      const moved = shiftToWorkingDay(target.nominalDue, "previous", withDayOff);
      expect(moved < target.nominalDue).toBe(true);
      expect(await row()).toMatchObject({ dueDate: moved, dueAt: endOfVietnamDay(moved) });

      expect((await cli("calendar", "remove", target.nominalDue)).code).toBe(0);
      expect((await row()).dueDate).toBe(target.nominalDue);
    },
  );
});
