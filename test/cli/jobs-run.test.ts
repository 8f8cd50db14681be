import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
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
const jobsRun = (at: string) =>
  run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", "jobs", "run", "--at", at], { env, timeout: 60_000 });

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

describe("cli jobs run --at", () => {
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
});
