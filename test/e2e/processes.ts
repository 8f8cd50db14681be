// Helpers for end-to-end tests that run the real entry points as child processes, the way `npm start` and
// `npm run cli` do: `node --import tsx src/main.ts` (one process, so signals reach the app itself).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { onPostgres } from "../support/test-dialect.js";
import { newDatabaseUrl } from "../support/test-db.js";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

// Every variable the app reads. Each is passed explicitly; unused ones as "" (blank counts as unset, and
// process.loadEnvFile does not override a variable that is already set), so a developer's .env cannot leak in.
const configKeys = [
  "BOT_TOKEN",
  "BOT_USERNAME",
  "DATABASE_URL",
  "TELEGRAM_API_ROOT",
  "BOT_MODE",
  "PORT",
  "WEBHOOK_URL",
  "WEBHOOK_SECRET",
  "APP_TIMEZONE",
  "DEFAULT_LOCALE",
  "LOG_LEVEL",
  "NODE_ENV",
  "REPLICA_ID",
  "OUTBOX_GLOBAL_PER_SECOND",
  "OUTBOX_CLAIM_LEASE_MS",
] as const;
export type AppEnv = Partial<Record<(typeof configKeys)[number], string>>;

export function childEnv(env: AppEnv): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) =>
        !key.startsWith("VITEST") && key !== "NODE_OPTIONS" && !(configKeys as readonly string[]).includes(key),
    ),
  );
  return { ...inherited, ...Object.fromEntries(configKeys.map((key) => [key, ""])), ...env };
}

export type Exit = { code: number | null; signal: NodeJS.Signals | null };

export type Child = {
  proc: ChildProcess;
  pid: number;
  stdout: () => string;
  stderr: () => string;
  /** stdout split into complete lines */
  lines: () => string[];
  exit: Exit | null;
  exited: Promise<Exit>;
  /** Last part of both streams, for failure messages. */
  tail: (chars?: number) => string;
  /** SIGKILL the child's whole process group. */
  killHard: () => void;
};

// options.tsx false: plain JavaScript (the compiled build); options.cwd: another root than the project's.
export type RunOptions = { cwd?: string; tsx?: boolean };

export function runApp(script: string, args: string[], env: AppEnv, options: RunOptions = {}): Child {
  // The same Node that runs the tests (so CI's Node 22 phase runs the app on Node 22 too).
  // detached: the child leads its own process group, so cleanup reaches anything it started.
  const loader = options.tsx === false ? [] : ["--import", "tsx"];
  const proc = spawn(process.execPath, [...loader, script, ...args], {
    cwd: options.cwd ?? projectRoot,
    env: childEnv(env),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  let err = "";
  proc.stdout!.setEncoding("utf8").on("data", (chunk: string) => (out += chunk));
  proc.stderr!.setEncoding("utf8").on("data", (chunk: string) => (err += chunk));
  const child: Child = {
    proc,
    pid: proc.pid!,
    stdout: () => out,
    stderr: () => err,
    lines: () => out.split("\n").slice(0, -1),
    exit: null,
    // "close" fires after the exit and after both pipes are drained, so the output is complete.
    exited: new Promise<Exit>((resolve, reject) => {
      proc.once("error", reject);
      proc.once("close", (code, signal) => {
        child.exit = { code, signal };
        resolve(child.exit);
      });
    }),
    tail: (chars = 3000) => `--- stdout (tail) ---\n${out.slice(-chars)}\n--- stderr (tail) ---\n${err.slice(-chars)}`,
    killHard: () => {
      try {
        process.kill(-proc.pid!, "SIGKILL");
      } catch {
        // already gone
      }
    },
  };
  return child;
}

export async function runAppToEnd(
  script: string,
  args: string[],
  env: AppEnv,
  timeoutMs = 30_000,
  options: RunOptions = {},
) {
  const child = runApp(script, args, env, options);
  const timer = setTimeout(child.killHard, timeoutMs);
  try {
    const exit = await child.exited;
    return { ...exit, stdout: child.stdout(), stderr: child.stderr(), timedOut: exit.signal === "SIGKILL" };
  } finally {
    clearTimeout(timer);
  }
}

export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once("error", reject).listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("could not get a free port");
  return address.port;
}

/** Polls probe until it returns something other than undefined; fails with what it waited for and some context. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; context?: () => string | Promise<string> } = {},
): Promise<T> {
  const { timeoutMs = 10_000, intervalMs = 25 } = options;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${options.context ? `\n${await options.context()}` : ""}`,
      );
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

export function parseJsonLines(lines: string[]): Record<string, any>[] {
  return lines.map((line) => {
    try {
      return JSON.parse(line) as Record<string, any>;
    } catch {
      throw new Error(`stdout line is not JSON: ${line}`);
    }
  });
}

// The real bot process (`node --import tsx src/main.ts`), returned once it logged "bot started".
export async function startBotProcess(
  env: AppEnv,
  entry: { script: string; args: string[]; options?: RunOptions } = { script: "src/main.ts", args: [] },
): Promise<Child> {
  const child = runApp(entry.script, entry.args, env, entry.options);
  await waitFor(
    "the bot to start",
    () => {
      if (child.exit) throw new Error(`bot exited early\n${child.tail()}`);
      return parseJsonLines(child.lines()).find((line) => line.msg === "bot started");
    },
    { timeoutMs: 30_000, context: () => child.tail() },
  );
  return child;
}

// A fresh folder under .tmp for one e2e file's database.
export function makeE2eWorkDir(prefix: string): string {
  mkdirSync(path.join(projectRoot, ".tmp"), { recursive: true });
  return mkdtempSync(path.join(projectRoot, ".tmp", prefix));
}

// The database of one e2e file, which the bot creates or migrates when it starts: a SQLite file in the work
// folder, or (npm run test:pg) an empty PostgreSQL database of its own.
export async function e2eDatabase(workDir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (onPostgres) return newDatabaseUrl({ migrated: false });
  return { url: `file:${path.join(workDir, "khoi.db")}`, drop: async () => {} };
}

// Reads what a bot process wrote, through Prisma (the same on both databases).
export async function withDatabase<T>(databaseUrl: string, work: (db: Db) => Promise<T>): Promise<T> {
  const { db } = await createDatabase({ databaseUrl, migrate: false });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

// The environment of a bot process talking to our fake Bot API, on the database given.
export function fakeApiEnv(api: { token: string; apiRoot: string }, databaseUrl: string): AppEnv {
  return {
    BOT_TOKEN: api.token,
    TELEGRAM_API_ROOT: api.apiRoot,
    DATABASE_URL: databaseUrl,
    LOG_LEVEL: "info",
    NODE_ENV: "production",
  };
}
