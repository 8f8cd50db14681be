import { Writable } from "node:stream";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createScheduler, type Job } from "../../src/scheduler/scheduler.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// Every minute a dozen jobs run and nearly always find nothing to do: 8,600 "job done" lines a day at info level
// buried the few that mattered. A run that did nothing is logged at debug; one that did something stays at info.
let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedExampleBloc(t.db, new Date("2026-01-02T01:00:00Z"));
});
afterAll(async () => t.close());

function loggerInto(lines: Record<string, any>[]) {
  const destination = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return createLogger({ level: "debug", pretty: false, destination });
}

test("an idle minute logs no job at info level; a job that did something does", { timeout: 60_000 }, async () => {
  const lines: Record<string, any>[] = [];
  const logger = loggerInto(lines);
  const clock = () => new Date("2026-01-02T02:00:00Z");
  const jobs = createJobs({
    db: t.db,
    timeZone: "Asia/Ho_Chi_Minh",
    translator: createTranslator({ fallbackLocale: "vi" }),
    defaultLocale: "vi",
    announcementProgress: createAnnouncementProgressJob({ db: t.db, clock, logger, show: async () => undefined }),
  });
  const busy: Job = { name: "busy", schedule: "* * * * *", run: async () => ({ sent: 2, skipped: 0 }) };
  const scheduler = createScheduler({ jobs: [...jobs, busy], timeZone: "Asia/Ho_Chi_Minh", clock, logger });
  // The first hour plans the year's report periods; the next minute has nothing to do.
  await scheduler.runAll(new Date("2026-01-02T02:07:00Z"));
  lines.length = 0;
  await scheduler.runAll(new Date("2026-01-02T02:08:00Z"));

  const done = lines.filter((line) => line.msg === "job done");
  expect(done.map((line) => line.job).sort()).toEqual([...jobs.map((job) => job.name), "busy"].sort());
  expect(done.filter((line) => line.level === 30).map((line) => line.job)).toEqual(["busy"]);
  expect(done.filter((line) => line.level === 20)).toHaveLength(jobs.length);
});
