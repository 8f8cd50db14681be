import { describe, expect, test } from "vitest";
import { addDays, parseCalendarDateText, weekdayOf } from "../../src/domain/reports/calendar-date.js";
import { lunarToSolar } from "../../src/domain/reports/lunar-calendar.js";
import { holidayYears, listPublicHolidays } from "../../src/domain/reports/vietnam-holidays.js";
import { addWorkingDays, createWorkCalendar, shiftToWorkingDay } from "../../src/domain/reports/work-calendar.js";

const plain = createWorkCalendar({ overrides: [] });
const holidaysOn = (year: number, nameKey: string) =>
  listPublicHolidays(year)
    .filter((h) => h.nameKey === nameKey)
    .map((h) => h.date);

describe("lunar dates at UTC+7", () => {
  // Vietnam's calendar: 2030 is 2 February (the new moon is at 23:08 in Hà Nội, 00:08 the next day in Beijing,
  // so the Chinese New Year is on the 3rd).
  test.each([
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
    [2028, "2028-01-26"],
    [2029, "2029-02-13"],
    [2030, "2030-02-02"],
    [2031, "2031-01-23"],
    [2032, "2032-02-11"],
    [2033, "2033-01-31"],
    [2034, "2034-02-19"],
    [2035, "2035-02-08"],
  ])("Tết %i is %s", (year, date) => {
    expect(lunarToSolar({ lunarYear: year, lunarMonth: 1, lunarDay: 1 })).toBe(date);
  });

  test("years where Vietnam and China differ by the time zone", () => {
    expect(lunarToSolar({ lunarYear: 1985, lunarMonth: 1, lunarDay: 1 })).toBe("1985-01-21");
    expect(lunarToSolar({ lunarYear: 2007, lunarMonth: 1, lunarDay: 1 })).toBe("2007-02-17");
  });

  test.each([
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("Giỗ Tổ Hùng Vương %i is %s", (year, date) => {
    expect(holidaysOn(year, "calendar.holiday_hung_kings")).toEqual([date]);
  });
});

describe("public holidays", () => {
  test("Tết is the last day of the lunar year and mùng 1–4: 2026 is Monday 16/02 to Friday 20/02, as decided", () => {
    expect(holidaysOn(2026, "calendar.holiday_tet")).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
  });

  test("Quốc khánh: the published adjacent days, then the weekend-side rule", () => {
    expect(holidaysOn(2024, "calendar.holiday_national_day")).toEqual(["2024-09-02", "2024-09-03"]);
    expect(holidaysOn(2025, "calendar.holiday_national_day")).toEqual(["2025-09-01", "2025-09-02"]);
    expect(holidaysOn(2026, "calendar.holiday_national_day")).toEqual(["2026-09-01", "2026-09-02"]);
    // 2027: 2/9 is a Thursday → Friday 3/9.
    expect(holidaysOn(2027, "calendar.holiday_national_day")).toEqual(["2027-09-02", "2027-09-03"]);
  });

  test("a holiday on a weekend gives nghỉ bù on the next working day", () => {
    // Giỗ Tổ 2026 is Sunday 26/04: Monday 27/04 off (as announced).
    expect(weekdayOf("2026-04-26")).toBe(0);
    expect(holidaysOn(2026, "calendar.holiday_compensatory")).toEqual(["2026-04-27"]);
    // 2028: 1/1 Saturday → Monday 3/1; Tết ends Saturday 29/1 → Monday 31/1;
    // 30/4 Sunday → Tuesday 2/5 (Monday is 1/5 already); 2/9 Saturday → Monday 4/9.
    expect(holidaysOn(2028, "calendar.holiday_compensatory")).toEqual([
      "2028-01-03",
      "2028-01-31",
      "2028-05-02",
      "2028-09-04",
    ]);
  });

  test("every year 2024–2035 has 11 holiday days, each a distinct date", () => {
    for (let year = 2024; year <= 2035; year++) {
      const holidays = listPublicHolidays(year);
      const statutory = holidays.filter((h) => h.nameKey !== "calendar.holiday_compensatory");
      expect(statutory, String(year)).toHaveLength(11);
      expect(new Set(holidays.map((h) => h.date)).size).toBe(holidays.length);
      for (const h of holidays.filter((h) => h.nameKey === "calendar.holiday_compensatory"))
        expect([0, 6]).not.toContain(weekdayOf(h.date));
    }
  });

  test("years the table does not cover have no holidays", () => {
    expect(listPublicHolidays(holidayYears.first - 1)).toEqual([]);
    expect(listPublicHolidays(holidayYears.last + 1)).toEqual([]);
    expect(createWorkCalendar({ overrides: [] }).isWorkingDay("2019-01-01")).toBe(true);
  });
});

describe("work calendar", () => {
  test("weekends, holidays and published swaps", () => {
    expect(plain.isWorkingDay("2026-03-20")).toBe(true);
    expect(plain.isWorkingDay("2026-03-21")).toBe(false);
    expect(plain.isWorkingDay("2026-02-18")).toBe(false);
    expect(plain.describeDay("2026-02-18")).toEqual({
      date: "2026-02-18",
      working: false,
      source: "table",
      nameKey: "calendar.holiday_tet",
      note: null,
    });
    expect(plain.describeDay("2026-03-21")).toMatchObject({
      working: false,
      source: "weekend",
      nameKey: "calendar.weekend",
    });
    expect(plain.describeDay("2026-03-20")).toMatchObject({ working: true, source: "weekday", nameKey: null });
    // Tết Dương lịch 2026: Friday 2/1 swapped with Saturday 10/1; Quốc khánh 2026: Monday 31/8 with Saturday 22/8.
    expect(plain.isWorkingDay("2026-01-02")).toBe(false);
    expect(plain.isWorkingDay("2026-01-10")).toBe(true);
    expect(plain.isWorkingDay("2026-08-31")).toBe(false);
    expect(plain.describeDay("2026-08-22")).toMatchObject({
      working: true,
      source: "table",
      nameKey: "calendar.swap_workday",
    });
  });

  test("overrides win over the table", () => {
    const calendar = createWorkCalendar({
      overrides: [
        { date: "2027-02-13", kind: "workday", note: "Làm bù cho ngày 12/02" },
        { date: "2027-02-12", kind: "holiday", note: "Nghỉ hoán đổi" },
        { date: "2026-02-20", kind: "workday", note: "" },
      ],
    });
    expect(weekdayOf("2027-02-13")).toBe(6);
    expect(calendar.isWorkingDay("2027-02-13")).toBe(true);
    expect(calendar.describeDay("2027-02-13")).toEqual({
      date: "2027-02-13",
      working: true,
      source: "override",
      nameKey: "calendar.override_workday",
      note: "Làm bù cho ngày 12/02",
    });
    expect(calendar.isWorkingDay("2027-02-12")).toBe(false);
    expect(calendar.describeDay("2026-02-20")).toMatchObject({ working: true, source: "override", note: null });
    expect(plain.isWorkingDay("2027-02-13")).toBe(false);
  });

  test("a due date on a weekend moves to Friday (previous) or Monday (next)", () => {
    expect(shiftToWorkingDay("2026-03-21", "previous", plain)).toBe("2026-03-20");
    expect(shiftToWorkingDay("2026-03-22", "previous", plain)).toBe("2026-03-20");
    expect(shiftToWorkingDay("2026-03-22", "next", plain)).toBe("2026-03-23");
    expect(shiftToWorkingDay("2026-03-22", "none", plain)).toBe("2026-03-22");
    expect(shiftToWorkingDay("2026-03-20", "previous", plain)).toBe("2026-03-20");
  });

  test("a due date in Tết 2026 moves to the Friday before it, or to the Monday after it", () => {
    // 14–15/02 weekend, 16–20/02 Tết, 21–22/02 weekend.
    expect(shiftToWorkingDay("2026-02-20", "previous", plain)).toBe("2026-02-13");
    expect(shiftToWorkingDay("2026-02-20", "next", plain)).toBe("2026-02-23");
  });

  test("working days forward and back", () => {
    expect(addWorkingDays("2026-03-20", -3, plain)).toBe("2026-03-17");
    expect(addWorkingDays("2026-03-20", 1, plain)).toBe("2026-03-23");
    expect(addWorkingDays("2026-03-20", 0, plain)).toBe("2026-03-20");
    // From a Saturday: +1 is Monday, -1 is Friday, 0 stays.
    expect(addWorkingDays("2026-03-21", 1, plain)).toBe("2026-03-23");
    expect(addWorkingDays("2026-03-21", -1, plain)).toBe("2026-03-20");
    expect(addWorkingDays("2026-03-21", 0, plain)).toBe("2026-03-21");
    // Across Tết: 3 working days after Friday 13/02/2026 is Wednesday 25/02.
    expect(addWorkingDays("2026-02-13", 3, plain)).toBe("2026-02-25");
  });

  test("fast enough for a tick: 100 000 lookups across years", () => {
    const calendar = createWorkCalendar({ overrides: [] });
    const started = performance.now();
    let working = 0;
    for (let i = 0; i < 100_000; i++) if (calendar.isWorkingDay(addDays("2024-01-01", i % 4000))) working++;
    expect(working).toBeGreaterThan(60_000);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  test("dates typed by operators", () => {
    expect(parseCalendarDateText("2/9/2026")).toBe("2026-09-02");
    expect(parseCalendarDateText("2026-09-02")).toBe("2026-09-02");
    expect(() => parseCalendarDateText("31/02/2026")).toThrow(
      expect.objectContaining({ code: "reports.error_bad_date" }),
    );
  });
});
