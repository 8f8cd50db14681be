import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { tmpRoot } from "../support/global-setup.js";
import { newDatabaseUrl } from "../support/test-db.js";
import { onPostgres } from "../support/test-dialect.js";

// An operator's backup and restore of a PostgreSQL database, through the real CLI: pg_dump and pg_restore.
const run = promisify(execFile);
const tsx = path.resolve("node_modules/.bin/tsx");
// Run from a folder of its own: the copy kept aside goes to backups/ in the working directory.
const cli = path.resolve("src/cli/main.ts");

describe.runIf(onPostgres)("db backup and restore on PostgreSQL (pg_dump, pg_restore)", { timeout: 120_000 }, () => {
  let database: Awaited<ReturnType<typeof newDatabaseUrl>>;
  let db: Db;
  let dir: string;
  const blocName = async () => (await db.bloc.findUnique({ where: { code: "KG-4" } }))?.name;
  const khoi = async (...args: string[]) => {
    const env = { ...process.env, DATABASE_URL: database.url, BOT_USERNAME: "KhoiTestBot", BOT_TOKEN: "" };
    return run(tsx, [cli, ...args], { env, cwd: dir, timeout: 90_000 }).then(
      (result) => ({ code: 0, ...result }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
  };

  beforeAll(async () => {
    database = await newDatabaseUrl({ migrated: true });
    db = (await createDatabase({ databaseUrl: database.url, migrate: false })).db;
    dir = mkdtempSync(path.join(tmpRoot, "cli-pg-"));
    await db.bloc.create({ data: { code: "KG-4", name: "Khối 4", province: "Kiên Giang" } });
  });
  afterAll(async () => db.$disconnect().finally(database.drop));

  test("a backup while the app is connected; restoring it (once the app has gone) undoes later work", async () => {
    const backup = path.join(dir, "backups", "2026", "khoi.dump");
    const made = await khoi("db", "backup", backup);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/^Backup written to .*khoi\.dump \(pg_dump, \d+ bytes\)\.$/m);
    await db.bloc.update({ where: { code: "KG-4" }, data: { name: "Khối 5" } });

    // The test's own client is the app's: the restore waits for it to go.
    const refused = await khoi("db", "restore", backup);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("the bot is running on this database");
    expect(refused.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(path.join(dir, "backups")), "a refused restore writes nothing").toEqual(["2026"]);
    await db.$disconnect();
    const restored = await khoi("db", "restore", backup);
    expect(restored.code, restored.stderr).toBe(0);
    db = (await createDatabase({ databaseUrl: database.url, migrate: false })).db;
    expect(await blocName()).toBe("Khối 4");
    const aside = readdirSync(path.join(dir, "backups")).find((name) => name.endsWith("-before-restore.dump"));
    expect(restored.stdout).toContain(aside);
    // The copy kept aside is a backup too: it holds the database as it was before the restore.
    await checkDumpHolds(path.join(dir, "backups", aside!), "Khối 5");
  });

  test("a file that is not a backup is refused, touching nothing", async () => {
    const notes = path.join(dir, "notes.txt");
    writeFileSync(notes, "not a dump ".repeat(100));
    const missing = await khoi("db", "restore", path.join(dir, "nothing.dump"));
    const garbage = await khoi("db", "restore", notes);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain("no backup file at");
    expect(garbage.code).toBe(1);
    expect(garbage.stderr).toContain("is not a PostgreSQL backup");
    expect(await blocName()).toBe("Khối 4");
    expect(existsSync(path.join(dir, "backups", "none"))).toBe(false);
  });
});

// Restores a dump into a database of its own and reads the bloc's name there.
async function checkDumpHolds(file: string, name: string): Promise<void> {
  const scratch = await newDatabaseUrl({ migrated: false });
  try {
    await run("pg_restore", ["--no-owner", `--dbname=${scratch.url}`, file]);
    const client = new pg.Client(parseIntoClientConfig(scratch.url));
    await client.connect();
    const { rows } = await client.query<{ name: string }>(`SELECT name FROM "Bloc" WHERE code = 'KG-4'`);
    await client.end();
    expect(rows.map((row) => row.name)).toEqual([name]);
  } finally {
    await scratch.drop();
  }
}
