import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { isBusyError } from "../../src/scheduler/retry-busy.js";
import { createScheduler, type Job } from "../../src/scheduler/scheduler.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";
import { onPostgres } from "../support/test-dialect.js";

// A CLI `jobs run` (here: a second connection) holds SQLite's write lock while the bot's minute tick runs.
const logger = createLogger({ level: "silent", pretty: false, destination: process.stderr });
let t: TestDb;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;

// Takes the write lock from another connection, as a concurrent writer would, for `ms`.
function holdWriteLock(file: string, ms: number): Promise<void> {
  const other = new Database(file);
  other.exec("BEGIN IMMEDIATE");
  other.prepare("UPDATE _prisma_migrations SET logs = logs WHERE 0").run();
  return new Promise((resolve) =>
    setTimeout(() => {
      other.exec("COMMIT");
      other.close();
      resolve();
    }, ms),
  );
}

function reportJobs(): Job[] {
  const clock = () => new Date();
  return createJobs({
    db: t.db,
    timeZone: "Asia/Ho_Chi_Minh",
    translator: createTranslator({ fallbackLocale: "vi" }),
    defaultLocale: "vi",
    announcementProgress: createAnnouncementProgressJob({ db: t.db, clock, logger }),
  });
}

beforeAll(async () => {
  t = await createTestDb();
  seed = await seedExampleBloc(t.db, new Date("2026-01-02T01:00:00Z"));
  for (const [i, role] of (["liaison", "signatory"] as const).entries()) {
    const person = await t.db.person.create({
      data: { telegramId: BigInt(991_000 + i), chatId: BigInt(991_000 + i), firstName: `SYT ${i}` },
    });
    await t.db.membership.create({
      data: { personId: person.id, blocId: seed.blocId, unitId: seed.unitId("SYT"), role },
    });
  }
});
afterAll(async () => t.close());

const reminders = () =>
  // The signatory's first reminder is the variant that tells of the escalation to come.
  t.db.outboxMessage.count({
    where: { intentId: { startsWith: "report:" }, textKey: { startsWith: "reports.reminder_before" } },
  });

// SQLite only: a second SQLite writer makes the tick fail busy after the driver's timeout, hence the retries.
// PostgreSQL locks rows, not the database: a concurrent writer of other rows never blocks the tick.
describe.skipIf(onPostgres)(
  "a tick while another connection writes (SQLite's single write lock)",
  { timeout: 120_000 },
  () => {
    test("retries the busy database: the 08:00 reminder is sent once the lock is released", async () => {
      const scheduler = createScheduler({ jobs: reportJobs(), timeZone: "Asia/Ho_Chi_Minh", clock: () => at, logger });
      const at = new Date("2026-01-15T08:00:00+07:00");
      await scheduler.runAll(new Date("2026-01-02T01:00:00Z"));
      expect(await reminders()).toBe(0);
      // Longer than the driver's own busy timeout (5 s): without retries the tick fails.
      const released = holdWriteLock(t.file, 7000);
      await scheduler.tick(at);
      await released;
      expect(await reminders()).toBe(2);
    });

    test("a tick that still fails is run again, for its own instant, at the next tick", async () => {
      const ran: string[] = [];
      const job: Job = {
        name: "probe",
        schedule: "* * * * *",
        run: async (at) => {
          await t.db.auditEvent.count();
          await t.db.$executeRawUnsafe("UPDATE _prisma_migrations SET logs = logs WHERE 0");
          ran.push(at.toISOString());
        },
      };
      const scheduler = createScheduler({
        jobs: [job],
        timeZone: "UTC",
        clock: () => new Date(),
        logger,
        retry: { attempts: 1 },
      });
      const released = holdWriteLock(t.file, 6500);
      await scheduler.tick(new Date("2026-01-15T01:00:00Z"));
      await released;
      expect(ran).toEqual([]);
      await scheduler.tick(new Date("2026-01-15T01:01:00Z"));
      expect(ran).toEqual(["2026-01-15T01:00:00.000Z", "2026-01-15T01:01:00.000Z"]);
    });

    test("recognises the busy errors of SQLite and Prisma, and only those", () => {
      expect(isBusyError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }))).toBe(true);
      expect(isBusyError({ code: "P1008", message: "Operation timed out" })).toBe(true);
      expect(isBusyError(new Error("x", { cause: new Error("SQLITE_BUSY: database is locked") }))).toBe(true);
      expect(isBusyError(new Error("Unique constraint failed"))).toBe(false);
    });
  },
);
