// The bot's start on storage it cannot use, as an operator meets it: one readable line naming the file and the
// problem, exit code 1, no stack trace, the file untouched; and a second bot on the same file is refused.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import { databaseUrl } from "../support/postgres-databases.js";
import { onPostgres } from "../support/test-dialect.js";
import { parseJsonLines, projectRoot, runApp, runAppToEnd, waitFor, type AppEnv } from "./processes.js";

let api: FakeBotApi;
let workDir: string;
const envFor = (file: string): AppEnv => ({
  BOT_TOKEN: api.token,
  TELEGRAM_API_ROOT: api.apiRoot,
  DATABASE_URL: `file:${file}`,
  LOG_LEVEL: "info",
  NODE_ENV: "production",
});

beforeAll(async () => {
  api = await startFakeBotApi();
  mkdirSync(path.join(projectRoot, ".tmp"), { recursive: true });
  workDir = mkdtempSync(path.join(projectRoot, ".tmp", "e2e-storage-"));
});
afterAll(async () => {
  await api.stop();
  chmodSync(workDir, 0o755);
  rmSync(workDir, { recursive: true, force: true });
});

async function expectRefusal(file: string, problem: RegExp) {
  const run = await runAppToEnd("src/main.ts", [], envFor(file));
  expect(run.code, run.stdout + run.stderr).toBe(1);
  const fatal = parseJsonLines(run.stdout.split("\n").filter(Boolean)).filter((line) => line.level === 60);
  expect(fatal).toHaveLength(1);
  expect(fatal[0]!.msg).toContain(file);
  expect(fatal[0]!.msg).toMatch(problem);
  expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  expect(run.stdout + run.stderr).not.toContain("SqliteError");
}

// SQLite only: these are problems of the database file itself and of its lock file.
describe.skipIf(onPostgres)("storage the bot cannot use (a SQLite file)", () => {
  test("DATABASE_URL naming a directory", async () => {
    const dir = path.join(workDir, "a-directory");
    mkdirSync(dir);
    await expectRefusal(dir, /is a directory/);
  }, 30_000);

  test("a corrupted file is named and left as it was", async () => {
    const file = path.join(workDir, "corrupt.db");
    const bytes = Buffer.from("this was a database once, before the disk failed ".repeat(100));
    writeFileSync(file, bytes);
    await expectRefusal(file, /not a SQLite database/);
    expect(readFileSync(file).equals(bytes)).toBe(true);
  }, 30_000);

  // Root ignores file permissions, so a read-only folder is only read-only for an ordinary user.
  test.skipIf(process.getuid?.() === 0)(
    "a read-only folder",
    async () => {
      const dir = path.join(workDir, "read-only");
      mkdirSync(dir);
      chmodSync(dir, 0o555);
      await expectRefusal(path.join(dir, "khoi.db"), /cannot be (written|opened)/);
    },
    30_000,
  );

  test("a second bot on the same file is refused while the first runs, and starts once the first is gone", async () => {
    const file = path.join(workDir, "shared.db");
    const first = runApp("src/main.ts", [], envFor(file));
    try {
      await waitFor("the first bot", () => parseJsonLines(first.lines()).find((l) => l.msg === "bot started"), {
        timeoutMs: 30_000,
        context: () => first.tail(),
      });
      await expectRefusal(file, /another bot process is already running/);
    } finally {
      first.killHard();
      await first.exited;
    }
    // kill -9 leaves no stale lock behind.
    const second = runApp("src/main.ts", [], envFor(file));
    try {
      await waitFor("the second bot", () => parseJsonLines(second.lines()).find((l) => l.msg === "bot started"), {
        timeoutMs: 30_000,
        context: () => second.tail(),
      });
    } finally {
      second.killHard();
      await second.exited;
    }
  }, 90_000);
});

// PostgreSQL: the server or the database is not there. The URL is named without its password.
describe.runIf(onPostgres)("a PostgreSQL database the bot cannot use", () => {
  async function expectPostgresRefusal(url: string, shown: string, problem: RegExp) {
    const run = await runAppToEnd("src/main.ts", [], { ...envFor("unused"), DATABASE_URL: url });
    expect(run.code, run.stdout + run.stderr).toBe(1);
    const fatal = parseJsonLines(run.stdout.split("\n").filter(Boolean)).filter((line) => line.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]!.msg).toContain(shown);
    expect(fatal[0]!.msg).toMatch(problem);
    expect(run.stdout + run.stderr).not.toContain("s3cret");
    expect(run.stdout + run.stderr).not.toMatch(/^\s+at /m);
  }

  test("no server listening there", async () => {
    const url = "postgresql://khoi:s3cret@127.0.0.1:1/khoi";
    await expectPostgresRefusal(url, "postgresql://khoi:***@127.0.0.1:1/khoi", /cannot be reached/);
  }, 30_000);

  test("a database that does not exist", async () => {
    const url = databaseUrl("khoi_test_no_such_database");
    await expectPostgresRefusal(url, url, /does not exist yet/);
  }, 30_000);
});
