// The bot's start on storage it cannot use, as an operator meets it: one readable line naming the file and the
// problem, exit code 1, no stack trace, the file untouched; and a second bot on the same file is refused.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
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

describe("storage the bot cannot use", () => {
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
