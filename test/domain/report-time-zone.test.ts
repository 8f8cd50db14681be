import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { EnvBaseSchema } from "../../src/config/env-schema.js";
import { listEventInstants, lateWorkingDays } from "../../src/domain/reports/event-instants.js";
import { createWorkCalendar } from "../../src/domain/reports/work-calendar.js";
import { defaultTimeZone } from "../../src/domain/reports/zoned-time.js";
import { createApiHarness, type ApiHarness } from "../support/api-harness.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// One time-zone policy: report dates are dates in APP_TIMEZONE. A bloc run with another zone gets its due
// instants, reminder times and lateness in that zone, not Vietnam's.
const berlin = "Europe/Berlin";
const vietnam = createWorkCalendar({ overrides: [], timeZone: defaultTimeZone });
const germany = createWorkCalendar({ overrides: [], timeZone: berlin });
const events = (calendar: typeof vietnam) =>
  listEventInstants({ dueDate: "2026-01-20", reminders: [0], reminderTime: "08:00", escalations: [], calendar }).map(
    (event) => event.at.toISOString(),
  );

describe("report times follow the zone they are given", () => {
  test("the env schema's default zone is the domain's default", () => {
    expect(defaultTimeZone).toBe("Asia/Ho_Chi_Minh");
    expect(EnvBaseSchema.shape.APP_TIMEZONE.parse(undefined)).toBe(defaultTimeZone);
  });

  test("a reminder at 08:00 is 08:00 in the calendar's zone", () => {
    expect(events(vietnam)).toEqual(["2026-01-20T01:00:00.000Z"]);
    expect(events(germany)).toEqual(["2026-01-20T07:00:00.000Z"]);
  });

  test("lateness counts the submission's date in the zone", () => {
    // 22:30 UTC on the due date: already the next day in Vietnam, still the due date in Berlin.
    const sent = new Date("2026-01-20T22:30:00Z");
    expect(lateWorkingDays("2026-01-20", sent, vietnam)).toBe(1);
    expect(lateWorkingDays("2026-01-20", sent, germany)).toBe(0);
  });
});

describe("a bot run with APP_TIMEZONE=Europe/Berlin", () => {
  let t: TestDb;
  let h: ApiHarness;
  const now = new Date("2026-01-02T09:00:00Z");
  const leader = { id: 932_000, first_name: "CV SVHTT", last_name: "Test", language_code: "vi" };

  beforeAll(async () => {
    t = await createTestDb();
    const seed = await seedExampleBloc(t.db, now);
    h = await createApiHarness({ db: t.db, now: () => now, timeZone: berlin });
    await h.text(leader, `/start ${await seed.invite("SVHTT", "liaison")}`);
  });
  afterAll(async () => {
    await h.stop();
    await t.close();
  });

  test("plans the monthly report's due instant at the end of the day in Berlin", async () => {
    await h.text(leader, "/reports");
    const january = await t.db.reportPeriod.findFirstOrThrow({
      where: { obligation: { preset: "monthly" }, periodKey: "2026-01" },
    });
    expect(january.dueDate).toBe("2026-01-20");
    expect(january.dueAt.toISOString()).toBe("2026-01-20T22:59:59.999Z");
  });
});
