import { describe, expect, test } from "vitest";
import { describeDueRule, DueRuleSchema, parseDueRuleText } from "../../src/domain/reports/due-rule.js";
import { lateWorkingDays, listEventInstants } from "../../src/domain/reports/event-instants.js";
import { endOfZonedDay, zonedDateOf } from "../../src/domain/reports/zoned-time.js";
import { listPeriods, periodLabel } from "../../src/domain/reports/list-periods.js";
import { createWorkCalendar } from "../../src/domain/reports/work-calendar.js";

const calendar = createWorkCalendar({ overrides: [] });
const endOfVietnamDay = (date: string) => endOfZonedDay(date, calendar.timeZone);
const vietnamDateOf = (instant: Date) => zonedDateOf(instant, calendar.timeZone);
const base = { shift: "previous" as const, calendar };

describe("due rules from user input", () => {
  test.each([
    ["20", "monthly", { kind: "day", day: 20 }],
    ["ngày 20", "quarterly", { kind: "day", day: 20 }],
    ["  Ngày   31 ", "half_yearly", { kind: "day", day: 31 }],
    ["20/06", "yearly", { kind: "day", day: 20, month: 6 }],
    ["20", "yearly", { kind: "day", day: 20 }],
    ["15/12/2026", "once", { kind: "date", date: "2026-12-15" }],
    ["2026-12-15", "once", { kind: "date", date: "2026-12-15" }],
    ["0 8 L * *", "monthly", { kind: "cron", expression: "0 8 L * *" }],
    ["0  0 25 * *", "quarterly", { kind: "cron", expression: "0 0 25 * *" }],
  ] as const)("%j for %s", (text, recurrence, rule) => {
    expect(parseDueRuleText(text, recurrence)).toEqual(rule);
    expect(DueRuleSchema.parse(rule)).toEqual(rule);
  });

  test.each([
    ["", "monthly"],
    ["32", "monthly"],
    ["0", "monthly"],
    ["hai mươi", "monthly"],
    ["20/06", "monthly"],
    ["31/06", "yearly"],
    ["20", "once"],
    ["15/12/2026", "yearly"],
    ["31/02/2026", "once"],
    ["0 8 20 * *", "once"],
    ["ngày 20 hằng tháng", "monthly"],
  ] as const)("%j for %s is refused", (text, recurrence) => {
    expect(() => parseDueRuleText(text, recurrence)).toThrow(
      expect.objectContaining({ code: "reports.error_bad_due_rule" }),
    );
  });

  test.each(["0 8 * *", "0 0 0 25 * *", "61 8 20 * *", "0 8 31 2 *", "* * * foo *", "@monthly"])(
    "cron %j is refused",
    (text) => {
      expect(() => parseDueRuleText(text, "monthly")).toThrow(
        expect.objectContaining({ code: "reports.error_bad_cron" }),
      );
    },
  );

  test("descriptions are locale keys", () => {
    expect(describeDueRule({ kind: "day", day: 20 }, "monthly")).toEqual({
      key: "reports.due_rule_monthly",
      params: { day: 20 },
    });
    expect(describeDueRule({ kind: "day", day: 20 }, "yearly")).toEqual({
      key: "reports.due_rule_yearly",
      params: { day: 20, month: 12 },
    });
    expect(describeDueRule({ kind: "date", date: "2026-12-15" }, "once")).toEqual({
      key: "reports.due_rule_once",
      params: { date: "15/12/2026" },
    });
    expect(describeDueRule({ kind: "cron", expression: "0 8 L * *" }, "monthly")).toEqual({
      key: "reports.due_rule_cron",
      params: { expression: "0 8 L * *" },
    });
  });
});

describe("periods", () => {
  test("monthly: key, cut-off on the 14th, due on the 20th shifted off weekends, 30 days to close", () => {
    const periods = listPeriods({
      ...base,
      recurrence: "monthly",
      dueRule: { kind: "day", day: 20 },
      from: "2026-03-01",
      to: "2026-06-30",
    });
    expect(periods.map((p) => p.periodKey)).toEqual(["2026-03", "2026-04", "2026-05", "2026-06"]);
    expect(periods[0]).toEqual({
      periodKey: "2026-03",
      coversFrom: "2026-02-15",
      coversTo: "2026-03-14",
      nominalDue: "2026-03-20",
      dueDate: "2026-03-20",
      opensOn: "2026-02-15",
      closesOn: "2026-04-19",
    });
    // 20/06/2026 is a Saturday.
    expect(periods[3]).toMatchObject({ nominalDue: "2026-06-20", dueDate: "2026-06-19", closesOn: "2026-07-19" });
  });

  test("monthly day 20 in Tết 2026 is due Friday 13/02", () => {
    const [february] = listPeriods({
      ...base,
      recurrence: "monthly",
      dueRule: { kind: "day", day: 20 },
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(february).toMatchObject({
      periodKey: "2026-02",
      nominalDue: "2026-02-20",
      dueDate: "2026-02-13",
      coversFrom: "2026-01-15",
      coversTo: "2026-02-14",
    });
    const [next] = listPeriods({
      ...base,
      shift: "next",
      recurrence: "monthly",
      dueRule: { kind: "day", day: 20 },
      from: "2026-02-01",
      to: "2026-02-28",
    });
    expect(next!.dueDate).toBe("2026-02-23");
  });

  test("day 31 clamps to the month's end", () => {
    const periods = listPeriods({
      ...base,
      shift: "none",
      recurrence: "monthly",
      dueRule: { kind: "day", day: 31 },
      from: "2026-02-01",
      to: "2026-04-30",
    });
    expect(periods.map((p) => p.nominalDue)).toEqual(["2026-02-28", "2026-03-31", "2026-04-30"]);
  });

  test("quarterly keys and coverage", () => {
    const periods = listPeriods({
      ...base,
      recurrence: "quarterly",
      dueRule: { kind: "day", day: 20 },
      from: "2026-01-01",
      to: "2026-12-31",
    });
    expect(periods.map((p) => [p.periodKey, p.coversFrom, p.coversTo, p.nominalDue, p.dueDate])).toEqual([
      ["2026-Q1", "2025-12-15", "2026-03-14", "2026-03-20", "2026-03-20"],
      ["2026-Q2", "2026-03-15", "2026-06-14", "2026-06-20", "2026-06-19"],
      ["2026-Q3", "2026-06-15", "2026-09-14", "2026-09-20", "2026-09-18"],
      ["2026-Q4", "2026-09-15", "2026-12-14", "2026-12-20", "2026-12-18"],
    ]);
  });

  test("half-yearly and yearly", () => {
    const halves = listPeriods({
      ...base,
      recurrence: "half_yearly",
      dueRule: { kind: "day", day: 15 },
      from: "2026-01-01",
      to: "2026-12-31",
    });
    expect(halves.map((p) => [p.periodKey, p.coversFrom, p.coversTo, p.dueDate])).toEqual([
      ["2026-H1", "2025-12-15", "2026-06-14", "2026-06-15"],
      ["2026-H2", "2026-06-15", "2026-12-14", "2026-12-15"],
    ]);
    const [year] = listPeriods({
      ...base,
      recurrence: "yearly",
      dueRule: { kind: "day", day: 15 },
      from: "2026-01-01",
      to: "2026-12-31",
    });
    expect(year).toMatchObject({
      periodKey: "2026",
      coversFrom: "2025-12-15",
      coversTo: "2026-12-14",
      nominalDue: "2026-12-15",
    });
    // Sơ kết 6 tháng as a yearly obligation due 20/06.
    const [review] = listPeriods({
      ...base,
      recurrence: "yearly",
      dueRule: { kind: "day", day: 20, month: 6 },
      from: "2026-01-01",
      to: "2027-01-01",
    });
    expect(review).toMatchObject({
      periodKey: "2026",
      coversFrom: "2025-12-15",
      coversTo: "2026-06-14",
      nominalDue: "2026-06-20",
      dueDate: "2026-06-19",
    });
  });

  test("only periods whose nominal due date is in [from, to]", () => {
    const periods = listPeriods({
      ...base,
      recurrence: "monthly",
      dueRule: { kind: "day", day: 20 },
      from: "2026-03-20",
      to: "2026-04-19",
    });
    expect(periods.map((p) => p.periodKey)).toEqual(["2026-03"]);
    expect(
      listPeriods({
        ...base,
        recurrence: "monthly",
        dueRule: { kind: "day", day: 20 },
        from: "2026-03-21",
        to: "2026-04-19",
      }),
    ).toEqual([]);
  });

  test("once", () => {
    const periods = listPeriods({
      ...base,
      recurrence: "once",
      dueRule: { kind: "date", date: "2026-12-15" },
      from: "2026-01-01",
      to: "2026-12-31",
    });
    expect(periods).toEqual([
      {
        periodKey: "2026-12-15",
        coversFrom: "2026-11-15",
        coversTo: "2026-12-14",
        nominalDue: "2026-12-15",
        dueDate: "2026-12-15",
        opensOn: "2026-11-15",
        closesOn: "2027-01-14",
      },
    ]);
    expect(
      listPeriods({
        ...base,
        recurrence: "once",
        dueRule: { kind: "date", date: "2026-12-15" },
        from: "2027-01-01",
        to: "2027-12-31",
      }),
    ).toEqual([]);
  });

  test("cron: the Vietnam date of each firing, covering the days since the previous one", () => {
    const periods = listPeriods({
      ...base,
      recurrence: "monthly",
      dueRule: { kind: "cron", expression: "0 8 L * *" },
      from: "2026-01-01",
      to: "2026-05-31",
    });
    expect(periods.map((p) => [p.periodKey, p.coversFrom, p.coversTo, p.dueDate])).toEqual([
      ["2026-01-31", "2026-01-01", "2026-01-31", "2026-01-30"],
      ["2026-02-28", "2026-02-01", "2026-02-28", "2026-02-27"],
      ["2026-03-31", "2026-03-01", "2026-03-31", "2026-03-31"],
      ["2026-04-30", "2026-04-01", "2026-04-30", "2026-04-29"],
      ["2026-05-31", "2026-05-01", "2026-05-31", "2026-05-29"],
    ]);
    // Midnight in Vietnam is still the previous day in UTC: the date must be Vietnam's.
    const midnight = listPeriods({
      ...base,
      shift: "none",
      recurrence: "monthly",
      dueRule: { kind: "cron", expression: "0 0 25 * *" },
      from: "2026-03-01",
      to: "2026-04-30",
    });
    expect(midnight.map((p) => [p.periodKey, p.coversFrom])).toEqual([
      ["2026-03-25", "2026-02-26"],
      ["2026-04-25", "2026-03-26"],
    ]);
    // Every minute on weekdays: one period per day, computed quickly.
    const busy = listPeriods({
      ...base,
      recurrence: "monthly",
      dueRule: { kind: "cron", expression: "* * * * 1-5" },
      from: "2026-03-02",
      to: "2026-03-08",
    });
    expect(busy.map((p) => p.periodKey)).toEqual([
      "2026-03-02",
      "2026-03-03",
      "2026-03-04",
      "2026-03-05",
      "2026-03-06",
    ]);
  });

  test("a rule that does not fit the recurrence is refused", () => {
    expect(() =>
      listPeriods({
        ...base,
        recurrence: "monthly",
        dueRule: { kind: "date", date: "2026-12-15" },
        from: "2026-01-01",
        to: "2026-12-31",
      }),
    ).toThrow(expect.objectContaining({ code: "reports.error_bad_due_rule" }));
  });

  test.each([
    ["2026-03", { key: "reports.period_month", params: { month: "03", year: "2026" } }],
    ["2026-Q1", { key: "reports.period_quarter", params: { quarter: "I", year: "2026" } }],
    ["2026-Q4", { key: "reports.period_quarter", params: { quarter: "IV", year: "2026" } }],
    ["2026-H1", { key: "reports.period_half_first", params: { year: "2026" } }],
    ["2026-H2", { key: "reports.period_half_second", params: { year: "2026" } }],
    ["2026", { key: "reports.period_year", params: { year: "2026" } }],
    ["2026-03-20", { key: "reports.period_date", params: { date: "20/03/2026" } }],
  ])("label of %s", (key, label) => {
    expect(periodLabel(key, "monthly")).toEqual(label);
  });
});

describe("event instants", () => {
  const settings = {
    reminders: [3, 1, 0],
    reminderTime: "08:00",
    escalations: [
      { workingDays: 3, to: "leader_unit" as const },
      { workingDays: 1, to: "signatory" as const },
    ],
    calendar,
  };

  test("due Friday 20/03/2026: reminders on working days before, escalations after, at 08:00 Vietnam", () => {
    const events = listEventInstants({ ...settings, dueDate: "2026-03-20" });
    expect(events.map((e) => [e.kind, e.at.toISOString()])).toEqual([
      ["remind_3", "2026-03-17T01:00:00.000Z"],
      ["remind_1", "2026-03-19T01:00:00.000Z"],
      ["remind_0", "2026-03-20T01:00:00.000Z"],
      ["escalate_signatory", "2026-03-23T01:00:00.000Z"],
      ["escalate_leader_unit", "2026-03-25T01:00:00.000Z"],
    ]);
    expect(events[0]).toMatchObject({ daysBefore: 3 });
    expect(events[3]).toMatchObject({ workingDays: 1 });
  });

  test("reminders skip Tết", () => {
    const events = listEventInstants({ ...settings, dueDate: "2026-02-23" });
    expect(events.slice(0, 2).map((e) => vietnamDateOf(e.at))).toEqual(["2026-02-11", "2026-02-13"]);
  });

  test("a malformed reminder time is refused", () => {
    expect(() => listEventInstants({ ...settings, dueDate: "2026-03-20", reminderTime: "8h" })).toThrow();
  });

  test("the due instant is the end of the Vietnam day", () => {
    expect(endOfVietnamDay("2026-03-20").toISOString()).toBe("2026-03-20T16:59:59.999Z");
    expect(vietnamDateOf(new Date("2026-03-20T16:59:59.999Z"))).toBe("2026-03-20");
    expect(vietnamDateOf(new Date("2026-03-20T17:00:00.000Z"))).toBe("2026-03-21");
  });

  test("late working days across a weekend", () => {
    const due = "2026-03-20";
    expect(lateWorkingDays(due, new Date("2026-03-20T16:59:59.999Z"), calendar)).toBe(0);
    expect(lateWorkingDays(due, new Date("2026-03-10T03:00:00Z"), calendar)).toBe(0);
    // Saturday and Sunday after a Friday due date: late, but by no working day yet.
    expect(lateWorkingDays(due, new Date("2026-03-20T17:00:00.000Z"), calendar)).toBe(0);
    expect(lateWorkingDays(due, new Date("2026-03-22T10:00:00Z"), calendar)).toBe(0);
    // Monday 23/03 in Vietnam (early morning, still Sunday in UTC).
    expect(lateWorkingDays(due, new Date("2026-03-22T18:00:00Z"), calendar)).toBe(1);
    expect(lateWorkingDays(due, new Date("2026-03-24T09:00:00Z"), calendar)).toBe(2);
  });
});

test("results do not depend on the server's time zone", () => {
  expect(process.env.TZ).toBe("America/New_York");
  expect(new Date("2026-03-20T01:00:00Z").getDate()).toBe(19);
});
