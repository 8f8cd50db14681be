import { execFile, spawn } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import Database from "better-sqlite3";
import { afterEach, describe, expect, onTestFinished, test } from "vitest";
import { holdBotLock, type BotLock } from "../../src/db/hold-bot-lock.js";
import { templateDb, tmpRoot } from "../support/global-setup.js";
import { newDatabaseUrl } from "../support/test-db.js";
import { onPostgres } from "../support/test-dialect.js";

// An operator's backup and restore, through the real CLI on a real database file.
const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");

function freshDatabase(): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpRoot, "cli-db-"));
  const file = path.join(dir, "khoi.db");
  copyFileSync(templateDb, file);
  writeBlocName(file, "Khối 4");
  return { dir, file };
}

function writeBlocName(file: string, name: string): void {
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite
    .prepare(
      `insert into Bloc (id, code, name, province, createdAt, updatedAt) values ('b1', 'KG-4', ?, 'Kiên Giang', 0, 0)
       on conflict(id) do update set name = excluded.name`,
    )
    .run(name);
  sqlite.close();
}

function blocName(file: string): string | undefined {
  const sqlite = new Database(file, { readonly: true });
  try {
    return (sqlite.prepare("select name from Bloc where id = 'b1'").get() as { name: string } | undefined)?.name;
  } finally {
    sqlite.close();
  }
}

async function khoi(file: string, ...args: string[]) {
  const env = { ...process.env, DATABASE_URL: `file:${file}`, BOT_USERNAME: "KhoiTestBot", BOT_TOKEN: "" };
  try {
    const { stdout, stderr } = await run(tsx, ["src/cli/main.ts", ...args], { env, timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const noStackTrace = (text: string) => expect(text).not.toMatch(/^\s+at /m);

let lock: BotLock | undefined;
afterEach(() => {
  lock?.release();
  lock = undefined;
});

// The SQLite forms (a file copied with SQLite's online backup, WAL files, the bot's lock file); PostgreSQL's
// pg_dump and pg_restore are in db-backup-restore-postgres.test.ts.
describe.skipIf(onPostgres)("db backup (SQLite only: the database file itself)", { timeout: 60_000 }, () => {
  test("creates the target's missing folder", async () => {
    const { dir, file } = freshDatabase();
    const target = path.join(dir, "backups", "2026", "x.db");
    const result = await khoi(file, "db", "backup", target);
    expect(result.code, result.stderr).toBe(0);
    expect(blocName(target)).toBe("Khối 4");
  });

  test("with no database yet, says so in one line", async () => {
    const dir = mkdtempSync(path.join(tmpRoot, "cli-db-"));
    const result = await khoi(path.join(dir, "khoi.db"), "db", "backup", path.join(dir, "backups", "x.db"));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no database at .*khoi\.db yet/);
    noStackTrace(result.stderr);
  });
});

describe.skipIf(onPostgres)("db restore (SQLite only: the file, its WAL and lock)", { timeout: 60_000 }, () => {
  test("puts the backup back, keeps the current database aside, and a stale WAL cannot undo it", async () => {
    const { dir, file } = freshDatabase();
    const backup = path.join(dir, "backups", "x.db");
    expect((await khoi(file, "db", "backup", backup)).code).toBe(0);
    // Later work, then a crash: the last write is only in the -wal file, which survives the crash.
    const live = new Database(file);
    live.pragma("wal_autocheckpoint = 0");
    live.prepare("update Bloc set name = 'Khối 5' where id = 'b1'").run();
    const wal = path.join(dir, "crash.wal");
    copyFileSync(`${file}-wal`, wal);
    live.close();
    copyFileSync(wal, `${file}-wal`);
    expect(blocName(file)).toBe("Khối 5");

    const result = await khoi(file, "db", "restore", backup);
    expect(result.code, result.stderr).toBe(0);
    expect(blocName(file)).toBe("Khối 4");
    const aside = readdirSync(path.join(dir, "backups")).find((name) => name.endsWith("-before-restore.db"));
    expect(aside, result.stdout).toBeDefined();
    expect(result.stdout).toContain(aside);
    expect(blocName(path.join(dir, "backups", aside!))).toBe("Khối 5");
  });

  test("is refused while the bot runs on the database, which stays as it was", async () => {
    const { dir, file } = freshDatabase();
    const backup = path.join(dir, "x.db");
    expect((await khoi(file, "db", "backup", backup)).code).toBe(0);
    writeBlocName(file, "Khối 5");
    lock = holdBotLock(file);
    const result = await khoi(file, "db", "restore", backup);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("the bot is running");
    noStackTrace(result.stderr);
    expect(blocName(file)).toBe("Khối 5");
  });

  test("refuses a file that is not a backup, touching nothing", async () => {
    const { dir, file } = freshDatabase();
    const notes = path.join(dir, "notes.txt");
    writeFileSync(notes, "not a database ".repeat(200));
    const missing = await khoi(file, "db", "restore", path.join(dir, "nothing.db"));
    const garbage = await khoi(file, "db", "restore", notes);
    for (const result of [missing, garbage]) {
      expect(result.code).toBe(1);
      noStackTrace(result.stderr);
    }
    expect(missing.stderr).toContain("no backup file at");
    expect(garbage.stderr).toContain("is not a readable SQLite database");
    expect(blocName(file)).toBe("Khối 4");
    expect(existsSync(path.join(dir, "backups"))).toBe(false);
  });
});

test("a reader that closes the pipe early (`khoi … | head`) ends the CLI quietly", { timeout: 60_000 }, async () => {
  const database = await newDatabaseUrl({ migrated: true });
  onTestFinished(database.drop);
  const child = spawn(tsx, ["src/cli/main.ts", "calendar", "list", "--year", "2026"], {
    env: { ...process.env, DATABASE_URL: database.url, BOT_USERNAME: "KhoiTestBot", BOT_TOKEN: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.destroy();
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.once("close", resolve));
  expect(stderr).toBe("");
  expect(code).toBe(0);
});
