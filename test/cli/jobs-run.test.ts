import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { newDatabaseUrl } from "../support/test-db.js";

// An operator replays the scheduler for a chosen instant: the same jobs the bot runs, reporting ones included.
const run = promisify(execFile);
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
const khoi = (args: string[], environment = env) =>
  run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], { env: environment, timeout: 120_000 });
const outcome = (args: string[], environment = env) =>
  khoi(args, environment).then(
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
afterAll(async () => db.$disconnect().finally(drop));

describe("cli jobs run --at", { timeout: 180_000 }, () => {
  test("a past --at (the README's example) is refused on the live database: no period, reminder or message", async () => {
    const before = await snapshotTables(db);
    const result = await outcome(["jobs", "run", "--at", "2026-03-20T08:00:00+07:00"]);
    expect(result.code).toBe(2);
    // In DEFAULT_LOCALE, like every CLI text.
    expect(result.stderr).toContain("là thời điểm trong quá khứ");
    expect(result.stderr).toContain("Không có gì được chạy. Thêm --dry-run");
    expect(await snapshotTables(db)).toEqual(before);
    expect(await db.reportPeriod.count()).toBe(0);
  });

  test("--dry-run runs a past --at on a copy: the reports are planned there and the 08:00 reminder on 15/01/2026 is printed", async () => {
    const before = await snapshotTables(db);
    const result = await outcome(["jobs", "run", "--dry-run", "--at", "2026-01-15T08:00:00+07:00"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Chạy thử cho 2026-01-15T01:00:00.000Z (cơ sở dữ liệu thật không đổi): 2 tin nhắn");
    expect(result.stdout).toContain("chat 990001  reports.reminder_before");
    expect(result.stdout).toContain("chat 990002  reports.reminder_before");
    expect(await snapshotTables(db)).toEqual(before);
  });

  test("the present runs on the live database and plans the four usual reports", async () => {
    await khoi(["jobs", "run"]);
    expect(await db.reportObligation.count({ where: { blocId: seed.blocId } })).toBe(4);
  });

  test("a future --at is refused on the live database and queues nothing", async () => {
    const before = await snapshotTables(db);
    const future = new Date(Date.now() + 2 * dayMs).toISOString();
    const result = await outcome(["jobs", "run", "--at", future], { ...env, DEFAULT_LOCALE: "en" });
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
    expect(result.stdout).toContain("cơ sở dữ liệu thật không đổi");
    expect(result.stdout).toContain("reports.reminder_before");
    expect(await snapshotTables(db)).toEqual(before);
  });
});
