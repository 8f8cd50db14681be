import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { tmpRoot } from "../support/global-setup.js";

// An operator replays the scheduler for a chosen instant: the same jobs the bot runs, reporting ones included.
const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpRoot, "cli-jobs-"));
const databaseUrl = `file:${path.join(dir, "khoi.db")}`;
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BOT_USERNAME: "KhoiTestBot",
  BOT_TOKEN: "",
  LOG_LEVEL: "silent",
};
const khoi = (args: string[]) =>
  run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], { env, timeout: 120_000 });
const jobsRun = (at: string) => khoi(["jobs", "run", "--at", at]);
const outcome = (args: string[]) =>
  khoi(args).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
const dayMs = 24 * 3600_000;

let db: Db;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
beforeAll(async () => {
  db = (await createDatabase({ databaseUrl })).db;
  seed = await seedExampleBloc(db, new Date("2026-01-02T01:00:00Z"));
  // Two members of Sở Y tế, who will owe the reports.
  const people = await Promise.all(
    [1, 2].map((n) =>
      db.person.create({
        data: { telegramId: BigInt(990_000 + n), chatId: BigInt(990_000 + n), firstName: `SYT ${n}` },
      }),
    ),
  );
  for (const [i, person] of people.entries()) {
    await db.membership.create({
      data: {
        personId: person.id,
        blocId: seed.blocId,
        unitId: seed.unitId("SYT"),
        role: i === 0 ? "liaison" : "signatory",
      },
    });
  }
});
afterAll(async () => db.$disconnect());

describe("cli jobs run --at", { timeout: 180_000 }, () => {
  test("plans the four usual reports, then sends the monthly reminder at 08:00 Vietnam time on 15/01/2026, once", async () => {
    await jobsRun("2026-01-02T01:00:00Z");
    expect(await db.reportObligation.count({ where: { blocId: seed.blocId } })).toBe(4);
    const reminders = () =>
      db.outboxMessage.count({ where: { intentId: { startsWith: "report:" }, textKey: "reports.reminder_before" } });
    await jobsRun("2026-01-15T00:59:00Z");
    expect(await reminders()).toBe(0);
    await jobsRun("2026-01-15T08:00:00+07:00");
    expect(await reminders()).toBe(2);
    await jobsRun("2026-01-15T08:00:00+07:00");
    expect(await reminders()).toBe(2);
  });

  test("a past --at queues messages that are due now, not at the simulated instant", async () => {
    const started = Date.now();
    await jobsRun("2026-02-15T08:00:00+07:00");
    const queued = await db.outboxMessage.findMany({ where: { createdAt: new Date("2026-02-15T01:00:00Z") } });
    expect(queued.length).toBeGreaterThan(0);
    // Due at the real time of the run, like anything queued now: not ahead of (or behind) real work.
    for (const row of queued) {
      expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(started);
      expect(row.nextAttemptAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
  });

  test("a future --at is refused on the live database and queues nothing", async () => {
    const before = await snapshotTables(db);
    const future = new Date(Date.now() + 2 * dayMs).toISOString();
    const result = await outcome(["jobs", "run", "--at", future]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("in the future");
    expect(result.stderr).toContain("--dry-run");
    expect(await snapshotTables(db)).toEqual(before);
  });

  test("--dry-run runs a future --at on a copy: it prints what would be sent and leaves the live database unchanged", async () => {
    // Plans the report periods up to now + 400 days, so a reminder falls due on the next 15th.
    await khoi(["jobs", "run"]);
    const before = await snapshotTables(db);
    const next15th = new Date(Date.now() + 32 * dayMs);
    const at = `${next15th.toISOString().slice(0, 8)}15T08:00:00+07:00`;
    const result = await outcome(["jobs", "run", "--dry-run", "--at", at]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("live database unchanged");
    expect(result.stdout).toContain("reports.reminder_before");
    expect(await snapshotTables(db)).toEqual(before);
  });
});
