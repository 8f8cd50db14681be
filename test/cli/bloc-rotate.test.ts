import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { snapshotTables } from "../support/table-snapshot.js";
import { seedExampleBloc } from "../support/fixtures.js";
import { tmpRoot } from "../support/global-setup.js";

// The operator sets next year's term by unit code; output in DEFAULT_LOCALE, refusals exit with 2.
const run = promisify(execFile);
const dir = mkdtempSync(path.join(tmpRoot, "cli-rotate-"));
const databaseUrl = `file:${path.join(dir, "khoi.db")}`;
const env = {
  ...process.env,
  DATABASE_URL: databaseUrl,
  BOT_USERNAME: "KhoiTestBot",
  BOT_TOKEN: "",
  LOG_LEVEL: "silent",
  DEFAULT_LOCALE: "vi",
};
const khoi = (args: string[]) =>
  run(path.resolve("node_modules/.bin/tsx"), ["src/cli/main.ts", ...args], { env, timeout: 120_000 }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
// The CLI runs on the real clock: "next year" is the year after today's in Asia/Ho_Chi_Minh.
const nextYear =
  Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date())) + 1;
const rotate = (...extra: string[]) =>
  khoi(["bloc", "rotate", "--year", String(nextYear), "--leader", "syt", "--deputy", "BDT", ...extra]);

let db: Db;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
beforeAll(async () => {
  db = (await createDatabase({ databaseUrl })).db;
  seed = await seedExampleBloc(db);
  // One person in the unit that will lead and one in the unit that leads now, so the hand-over has people to tell.
  for (const [n, code] of [
    [1, "SDL"],
    [2, "SVHTT"],
  ] as const) {
    const person = await db.person.create({
      data: { telegramId: BigInt(980_000 + n), chatId: BigInt(980_000 + n), firstName: `${code} ${n}` },
    });
    await db.membership.create({
      data: { personId: person.id, blocId: seed.blocId, unitId: seed.unitId(code), role: "signatory" },
    });
  }
});
afterAll(async () => db.$disconnect());

describe("cli bloc rotate", { timeout: 180_000 }, () => {
  test("sets next year's term by unit codes, waiting for 1 January", async () => {
    const result = await rotate();
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      `Đã đặt nhiệm kỳ ${nextYear} của khối KG-KTT4: Khối trưởng Sở Y tế, Khối phó Ban Dân tộc. ` +
        `Quyền Khối trưởng chuyển vào 01/01/${nextYear} (tác vụ term-start).\n`,
    );
    const term = await db.term.findUniqueOrThrow({ where: { blocId_year: { blocId: seed.blocId, year: nextYear } } });
    expect(term).toMatchObject({ leaderUnitId: seed.unitId("SYT"), source: "operator", startedAt: null });
  });

  test("bad input exits with 2, says why in Vietnamese, and changes nothing", async () => {
    const before = await snapshotTables(db);
    const cases: [string[], string][] = [
      [[], `Nhiệm kỳ năm ${nextYear} đã được đặt (Khối trưởng: Sở Y tế)`],
      [["--year", "2020", "--leader", "SYT", "--deputy", "BDT"], "Năm 2020 đã qua"],
      [["--year", String(nextYear), "--leader", "SYT", "--deputy", "SYT"], "hai đơn vị khác nhau"],
      [["--year", String(nextYear), "--leader", "NOPE", "--deputy", "BDT"], "Khối KG-KTT4 không có đơn vị mã NOPE."],
    ];
    for (const [args, message] of cases) {
      const result = args.length ? await khoi(["bloc", "rotate", ...args]) : await rotate();
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr).toContain(message);
    }
    expect(await snapshotTables(db)).toEqual(before);
  });

  test("--replace replaces the term before it starts", async () => {
    const result = await khoi([
      "bloc",
      "rotate",
      "--year",
      String(nextYear),
      "--leader",
      "SDL",
      "--deputy",
      "SYT",
      "--replace",
    ]);
    expect(result.code).toBe(0);
    const term = await db.term.findUniqueOrThrow({ where: { blocId_year: { blocId: seed.blocId, year: nextYear } } });
    expect(term.leaderUnitId).toBe(seed.unitId("SDL"));
  });

  test("jobs run term-start --dry-run at 1 January 00:00 in Vietnam shows the hand-over; the live term waits", async () => {
    const midnight = `${nextYear}-01-01T00:00:00+07:00`;
    const before = await khoi([
      "jobs",
      "run",
      "term-start",
      "--dry-run",
      "--at",
      `${nextYear - 1}-12-31T23:59:00+07:00`,
    ]);
    expect(before.stdout).toContain(": 0 ");
    const at = await khoi(["jobs", "run", "term-start", "--dry-run", "--at", midnight]);
    expect(at.code).toBe(0);
    expect(at.stdout).toMatch(/term-start:\w+ {2}chat 980001 {2}term\.started_new_leader/);
    expect(at.stdout).toMatch(/term-start:\w+ {2}chat 980002 {2}term\.started_old_leader/);
    expect((await db.term.findFirstOrThrow({ where: { year: nextYear } })).startedAt).toBeNull();
    const unknown = await khoi(["jobs", "run", "no-such-job", "--dry-run"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Không có tác vụ no-such-job");
  });
});
