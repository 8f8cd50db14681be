// Two schedulers on one SQLite file, each with its own connection and replica id, ticking for the same minute a
// few milliseconds apart, as two replicas do: each job runs once per minute, a dead holder's minute is taken
// over once its lease expires, and one replica at a time edits announcement progress.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { holdStandingLease } from "../../src/domain/leases/hold-standing-lease.js";
import { takeJobLease } from "../../src/domain/leases/take-job-lease.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import type { Observer } from "../../src/metrics/observer.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createJobLeases, leaseInstant } from "../../src/scheduler/job-leases.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createScheduler, type Job } from "../../src/scheduler/scheduler.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

const logger = createLogger({ level: "silent", pretty: false, destination: process.stderr });
let t: TestDb;
let other: Db;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;

beforeAll(async () => {
  t = await createTestDb();
  other = (await createDatabase({ databaseUrl: t.url, migrate: false })).db;
  seed = await seedExampleBloc(t.db, new Date("2026-01-02T01:00:00Z"));
  for (const [i, role] of (["liaison", "signatory"] as const).entries()) {
    const person = await t.db.person.create({
      data: { telegramId: BigInt(992_000 + i), chatId: BigInt(992_000 + i), firstName: `SYT ${i}` },
    });
    await t.db.membership.create({
      data: { personId: person.id, blocId: seed.blocId, unitId: seed.unitId("SYT"), role },
    });
  }
});
afterAll(async () => {
  await other.$disconnect();
  await t.close();
});

// Which jobs actually ran, per replica.
function counting(ran: string[]): Observer {
  return {
    updateHandled: () => undefined,
    messageSettled: () => undefined,
    sendTimed: () => undefined,
    jobRan: (job, outcome) => {
      if (outcome === "done") ran.push(job);
    },
  };
}

function replica(db: Db, holder: string, clock: () => Date, ran: string[], jobs?: Job[]) {
  return createScheduler({
    jobs:
      jobs ??
      createJobs({
        db,
        timeZone: "Asia/Ho_Chi_Minh",
        translator: createTranslator({ fallbackLocale: "vi" }),
        defaultLocale: "vi",
        announcementProgress: createAnnouncementProgressJob({ db, clock, logger }),
      }),
    timeZone: "Asia/Ho_Chi_Minh",
    clock,
    logger,
    observer: counting(ran),
    leases: createJobLeases({ db, holder, clock }),
  });
}

const reminderRows = () =>
  t.db.outboxMessage.findMany({
    where: { intentId: { startsWith: "report:" }, textKey: { startsWith: "reports.reminder_before" } },
  });

describe("two schedulers on one database", { timeout: 60_000 }, () => {
  test("the 08:00 tick of both replicas runs each job once, and the reminders go out once", async () => {
    const at = new Date("2026-01-15T08:00:00.004+07:00");
    const clock = () => at;
    const ranA: string[] = [];
    const ranB: string[] = [];
    const a = replica(t.db, "replica-a", clock, ranA);
    const b = replica(other, "replica-b", clock, ranB);
    // The periods were planned earlier (the CLI's explicit run is not leased).
    await a.runAll(new Date("2026-01-02T01:00:00Z"));
    ranA.length = 0;
    await Promise.all([a.tick(at), b.tick(new Date(at.getTime() + 7))]);
    // A job the other replica was still running is looked at again at the next tick: finished, so not run.
    await Promise.all([a.tick(new Date("2026-01-15T08:01:00+07:00")), b.tick(new Date("2026-01-15T08:01:00+07:00"))]);
    const leased = ["report-reminders", "report-digest", "draft-reminders", "conference-reminders"];
    for (const job of leased) {
      const runsAt8 = await t.db.jobLease.findMany({ where: { job, instant: leaseInstant(at) } });
      expect(runsAt8, job).toHaveLength(1);
      expect(runsAt8[0]!.finishedAt, job).not.toBeNull();
      // Both minutes ran, each on one replica.
      expect(
        [...ranA, ...ranB].filter((name) => name === job),
        job,
      ).toHaveLength(2);
    }
    expect(await reminderRows()).toHaveLength(2);
  });

  test("a minute whose holder died is run by the other replica once the lease has expired", async () => {
    const ran: string[] = [];
    const job: Job = { name: "probe", schedule: "* * * * *", run: async (at) => ran.push(at.toISOString()) };
    let now = new Date("2026-01-15T02:00:00.010Z");
    const clock = () => now;
    // The dead replica took the 02:00 lease for 2 minutes and was killed.
    await takeJobLease(t.db, {
      job: "probe",
      instant: new Date("2026-01-15T02:00:00Z"),
      holder: "dead",
      now,
      ttlMs: 120_000,
    });
    const b = replica(other, "replica-b", clock, [], [job]);
    await b.tick(now);
    expect(ran).toEqual([]);
    now = new Date("2026-01-15T02:01:00.010Z");
    await b.tick(now);
    expect(ran).toEqual(["2026-01-15T02:01:00.010Z"]);
    now = new Date("2026-01-15T02:03:00.010Z");
    await b.tick(now);
    expect(ran).toEqual(["2026-01-15T02:01:00.010Z", "2026-01-15T02:00:00.010Z", "2026-01-15T02:03:00.010Z"]);
    const lease = await t.db.jobLease.findUniqueOrThrow({
      where: { job_instant: { job: "probe", instant: new Date("2026-01-15T02:00:00Z") } },
    });
    expect(lease).toMatchObject({ holder: "replica-b", finishedAt: expect.any(Date) });
  });

  test("one replica at a time edits announcement progress; another takes over when it stops renewing", async () => {
    const lease = (holder: string, at: string) =>
      holdStandingLease(holder === "replica-a" ? t.db : other, {
        name: "announcement-progress-editor",
        holder,
        now: new Date(at),
        ttlMs: 10_000,
      });
    expect(await lease("replica-a", "2026-01-15T03:00:00Z")).toBe(true);
    expect(await lease("replica-b", "2026-01-15T03:00:01Z")).toBe(false);
    expect(await lease("replica-a", "2026-01-15T03:00:08Z")).toBe(true);
    expect(await lease("replica-b", "2026-01-15T03:00:12Z")).toBe(false);
    // replica-a stopped (killed, or its sender idle) after 03:00:08.
    expect(await lease("replica-b", "2026-01-15T03:00:19Z")).toBe(true);
    expect(await lease("replica-a", "2026-01-15T03:00:20Z")).toBe(false);
  });
});
