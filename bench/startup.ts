import Database from "better-sqlite3";
import { spawn, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startFakeBotApi } from "../test/support/fake-bot-api/fake-bot-api.js";
import { templateDb, tmpRoot } from "../test/support/global-setup.js";
import type { BenchCase } from "./harness.js";

// `npm start` as an operator runs it (bin/run-entry.mjs: dist/ when built and current, else the sources through
// tsx), polling the fake Bot API, on a bloc of `members` people. Start-up is from spawn to the first 200 from
// /healthz (migration check, bot identity, menus, sender and scheduler started); idle RSS is read from /proc
// once the process has been idle for `idleMs`.
export function startupBench(options: { members: number; unitSize: number; idleMs: number }): BenchCase {
  return {
    name: `npm start: ${options.members} members, idle ${options.idleMs / 1000} s`,
    run: async () => {
      const dir = mkdtempSync(path.join(tmpRoot, "startup-"));
      const file = path.join(dir, "khoi.db");
      copyFileSync(templateDb, file);
      seedMembers(file, options);
      const api = await startFakeBotApi();
      const port = await freePort();
      const entry = compiledIsCurrent() ? "dist/" : "src/ via tsx";
      const started = performance.now();
      const child = spawn(process.execPath, startArguments(), {
        env: {
          ...process.env,
          DATABASE_URL: `file:${file}`,
          BOT_TOKEN: api.token,
          TELEGRAM_API_ROOT: api.apiRoot,
          PORT: String(port),
          LOG_LEVEL: "warn",
          NODE_ENV: "production",
        },
        stdio: ["ignore", "ignore", "inherit"],
      });
      try {
        await untilHealthy(port, child);
        const startSeconds = (performance.now() - started) / 1000;
        await new Promise((resolve) => setTimeout(resolve, options.idleMs));
        const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
        const kb = (field: string) => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
        return {
          entry,
          "start s": startSeconds.toFixed(2),
          "idle rss MB": Math.round(kb("VmRSS") / 1024),
          "peak rss MB": Math.round(kb("VmHWM") / 1024),
          // Anonymous memory (heaps, wasm) apart from mapped files (the node binary, native modules).
          "rss anon MB": Math.round(kb("RssAnon") / 1024),
          "rss file MB": Math.round(kb("RssFile") / 1024),
        };
      } finally {
        child.kill("SIGTERM");
        await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once("exit", resolve)));
        await api.stop();
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

// One bloc, units of `unitSize`, a liaison per member row; better-sqlite3 in one transaction.
function seedMembers(file: string, options: { members: number; unitSize: number }): void {
  const sqlite = new Database(file);
  const at = new Date().toISOString().replace("Z", "+00:00");
  const insert = {
    bloc: sqlite.prepare(
      `INSERT INTO "Bloc" (id, code, name, province, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    unit: sqlite.prepare(
      `INSERT INTO "Unit" (id, blocId, code, name, shortName, position, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    person: sqlite.prepare(
      `INSERT INTO "Person" (id, telegramId, chatId, firstName, lastName, locale, reachable, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, 'vi', 1, ?, ?)`,
    ),
    membership: sqlite.prepare(
      `INSERT INTO "Membership" (id, personId, blocId, unitId, role, joinedAt) VALUES (?, ?, ?, ?, 'liaison', ?)`,
    ),
    term: sqlite.prepare(
      `INSERT INTO "Term" (id, blocId, year, leaderUnitId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?)`,
    ),
  };
  sqlite.transaction(() => {
    insert.bloc.run("cbenchbloc", "BENCH", "Khối thi đua", "Bench", at, at);
    for (let i = 0; i < options.members; i++) {
      const unitId = `cbenchunit${Math.floor(i / options.unitSize)}`;
      if (i % options.unitSize === 0) {
        const n = i / options.unitSize;
        insert.unit.run(unitId, "cbenchbloc", `DV${n}`, `Đơn vị ${n}`, `ĐV${n}`, n, at, at);
      }
      insert.person.run(`cbenchperson${i}`, 8_000_000 + i, 8_000_000 + i, "Thành viên", String(i), at, at);
      insert.membership.run(`cbenchmember${i}`, `cbenchperson${i}`, "cbenchbloc", unitId, at);
    }
    insert.term.run("cbenchterm", "cbenchbloc", new Date().getFullYear(), "cbenchunit0", at, at);
  })();
  sqlite.pragma("journal_mode = WAL");
  sqlite.close();
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function untilHealthy(port: number, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`bench: the bot exited (${child.exitCode}) before /healthz answered`);
    const ok = await fetch(`http://127.0.0.1:${port}/healthz`)
      .then((res) => res.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error("bench: /healthz did not answer 200 in time");
}

// What `npm start` runs after "node" (its node options included), so the figures are those of the real command.
function startArguments(): string[] {
  const scripts = (JSON.parse(readFileSync("package.json", "utf8")) as { scripts: { start: string } }).scripts;
  return scripts.start.split(" ").slice(1);
}

// As bin/run-entry.mjs decides: dist/main.js at least as new as every source file.
function compiledIsCurrent(): boolean {
  if (!existsSync("dist/main.js")) return false;
  const newest = (dir: string): number =>
    Math.max(
      ...readdirSync(dir, { withFileTypes: true }).map((entry) =>
        entry.isDirectory() ? newest(path.join(dir, entry.name)) : statSync(path.join(dir, entry.name)).mtimeMs,
      ),
    );
  return statSync("dist/main.js").mtimeMs >= newest("src");
}
