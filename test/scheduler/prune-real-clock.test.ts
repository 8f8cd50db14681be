import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

// An operator's run for an instant a week ahead must not forget the update ids handled minutes ago: a
// redelivered update would then be handled twice.
const logger = createLogger({ level: "silent", pretty: false, destination: process.stderr });
const realNow = new Date("2026-12-03T10:00:00Z");
const weekAhead = new Date(realNow.getTime() + 8 * 86_400_000);
let t: TestDb;

beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => t.close());

function schedulerAt(clock: () => Date) {
  return createScheduler({
    jobs: createJobs({
      db: t.db,
      timeZone: "Asia/Ho_Chi_Minh",
      translator: createTranslator({ fallbackLocale: "vi" }),
      defaultLocale: "vi",
      announcementProgress: createAnnouncementProgressJob({ db: t.db, clock, logger }),
    }),
    timeZone: "Asia/Ho_Chi_Minh",
    clock,
    logger,
  });
}

describe("pruning goes by the real clock", () => {
  test("a run for an instant 8 days ahead keeps the update handled a minute ago, and prunes the 8-day-old one", async () => {
    await t.db.handledUpdate.createMany({
      data: [
        { updateId: 1n, handledAt: new Date(realNow.getTime() - 60_000), finishedAt: realNow },
        { updateId: 2n, handledAt: new Date(realNow.getTime() - 8 * 86_400_000), finishedAt: realNow },
      ],
    });
    const { failed } = await schedulerAt(() => realNow).runAll(weekAhead);
    expect(failed).toEqual([]);
    const kept = await t.db.handledUpdate.findMany({ select: { updateId: true } });
    expect(kept.map((row) => row.updateId)).toEqual([1n]);
  });
});
