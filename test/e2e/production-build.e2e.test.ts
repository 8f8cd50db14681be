// The production layout, as the Dockerfile builds it: `npm run build` output (dist/), locales, migrations and the
// launcher, but no TypeScript sources. The bot and the CLI must run from the compiled code alone; a checkout whose
// sources are newer than its build runs the sources and says why.
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import {
  e2eDatabase,
  fakeApiEnv,
  makeE2eWorkDir,
  projectRoot,
  runAppToEnd,
  startBotProcess,
  waitFor,
} from "./processes.js";

let api: FakeBotApi;
let root: string;

beforeAll(async () => {
  api = await startFakeBotApi();
  root = makeE2eWorkDir("e2e-build-");
  const tsc = path.join(projectRoot, "node_modules/typescript/bin/tsc");
  const build = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json", "--outDir", path.join(root, "dist")], {
    cwd: projectRoot,
    encoding: "utf8",
  });
  expect(build.status, build.stdout + build.stderr).toBe(0);
  for (const part of ["bin", "locales", "prisma", "package.json"])
    cpSync(path.join(projectRoot, part), path.join(root, part), { recursive: true });
  symlinkSync(path.join(projectRoot, "node_modules"), path.join(root, "node_modules"));
}, 180_000);
afterAll(async () => {
  await api.stop();
  rmSync(root, { recursive: true, force: true });
});

describe("the compiled build without sources", () => {
  test("the bot starts from dist/, migrates its database, answers /start and stops on SIGTERM", async () => {
    const database = await e2eDatabase(path.join(root, "data"));
    const env = fakeApiEnv(api, database.url);
    const bot = await startBotProcess(env, {
      script: "bin/run-entry.mjs",
      args: ["main"],
      options: { cwd: root, tsx: false },
    });
    try {
      api.sendText(4242, "/start");
      const reply = await waitFor("an answer to /start", () => api.sent(4242)[0], { context: () => bot.tail() });
      expect(reply.text).toMatch(/Khối|khối/);
      bot.proc.kill("SIGTERM");
      expect(await bot.exited).toEqual({ code: 0, signal: null });
      expect(bot.stderr()).not.toContain("older than src");
    } finally {
      bot.killHard();
      await database.drop();
    }
  });

  test("npx khoi runs the compiled CLI", async () => {
    const database = await e2eDatabase(path.join(root, "cli"));
    const run = await runAppToEnd("bin/khoi.js", ["db", "migrate"], fakeApiEnv(api, database.url), 30_000, {
      cwd: root,
      tsx: false,
    });
    await database.drop();
    expect(run.code, run.stdout + run.stderr).toBe(0);
  });
});

describe("which code the launcher runs", () => {
  // A tiny stand-in project: each entry prints where it came from.
  const makeProject = (name: string) => {
    const dir = path.join(root, name);
    mkdirSync(path.join(dir, "dist"), { recursive: true });
    mkdirSync(path.join(dir, "src"), { recursive: true });
    cpSync(path.join(projectRoot, "bin"), path.join(dir, "bin"), { recursive: true });
    symlinkSync(path.join(projectRoot, "node_modules"), path.join(dir, "node_modules"));
    writeFileSync(path.join(dir, "dist/main.js"), 'console.log("compiled");\n');
    writeFileSync(path.join(dir, "src/main.ts"), 'const from: string = "sources";\nconsole.log(from);\n');
    return dir;
  };
  const setTime = (file: string, secondsAgo: number) => {
    const when = new Date(Date.now() - secondsAgo * 1000);
    utimesSync(file, when, when);
  };

  test("a build newer than every source file runs", async () => {
    const dir = makeProject("fresh");
    setTime(path.join(dir, "src/main.ts"), 60);
    const run = await runAppToEnd("bin/run-entry.mjs", ["main"], {}, 30_000, { cwd: dir, tsx: false });
    expect(run.stdout.trim()).toBe("compiled");
    expect(run.stderr).toBe("");
  });

  test("sources edited after the build run through tsx, with a warning", async () => {
    const dir = makeProject("stale");
    setTime(path.join(dir, "dist/main.js"), 60);
    const run = await runAppToEnd("bin/run-entry.mjs", ["main"], {}, 30_000, { cwd: dir, tsx: false });
    expect(run.stdout.trim()).toBe("sources");
    expect(run.stderr).toContain("dist/ is older than src/");
  });
});
