import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, test } from "vitest";
import { backupDatabase } from "../../src/db/backup-database.js";
import { createDatabase } from "../../src/db/create-database.js";
import { applyMigrations, migrationsDir } from "../../src/db/apply-migrations.js";
import { tmpRoot } from "../support/global-setup.js";
import { onPostgres } from "../support/test-dialect.js";

// SQLite's own forms: the file, WAL, the online-backup copy before an upgrade. PostgreSQL's migrations are in
// postgres-migrations.test.ts.
describe.skipIf(onPostgres)("SQLite migrations (the database file itself)", () => {
  test("a new database file is created, migrated in-process, in WAL mode, and migrating again does nothing", async () => {
    const dir = mkdtempSync(path.join(tmpRoot, "migrate-"));
    const file = path.join(dir, "nested", "khoi.db");
    const applied: string[][] = [];
    const { db } = await createDatabase({ databaseUrl: `file:${file}`, onMigrated: (names) => applied.push(names) });
    expect(applied[0]!.length).toBeGreaterThan(0);
    await db.bloc.create({ data: { code: "x", name: "Khối", province: "Kiên Giang" } });
    expect(await applyMigrations({ databaseUrl: `file:${file}` })).toEqual([]);
    // The app's client still writes after the migration engine has closed its connections.
    await db.bloc.update({ where: { code: "x" }, data: { name: "Khối 4" } });
    await db.$disconnect();

    const sqlite = new Database(file, { readonly: true });
    expect(sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
    const history = sqlite.prepare("select migration_name, finished_at from _prisma_migrations").all() as {
      migration_name: string;
      finished_at: string | null;
    }[];
    expect(history.map((h) => h.migration_name)).toEqual(applied[0]);
    expect(history.every((h) => h.finished_at !== null)).toBe(true);
    const tables = (
      sqlite.prepare("select name from sqlite_master where type='table'").all() as { name: string }[]
    ).map((t) => t.name);
    expect(tables).toEqual(
      expect.arrayContaining([
        "Bloc",
        "Term",
        "Unit",
        "Person",
        "Membership",
        "Invite",
        "AuditEvent",
        "HandledUpdate",
        "Scale",
        "ScaleNode",
        "ReviewRound",
        "ScoreSheet",
        "ScoreEntry",
        "ScoreChange",
        "ScoreEvidence",
        "ScoreExplanation",
      ]),
    );
    sqlite.close();
  });

  test("db backup makes a readable copy while the database is open", async () => {
    const dir = mkdtempSync(path.join(tmpRoot, "backup-"));
    const { db, file } = await createDatabase({ databaseUrl: `file:${path.join(dir, "live.db")}` });
    await db.bloc.create({ data: { code: "b", name: "Khối 4", province: "Kiên Giang" } });
    const target = path.join(dir, "copy.db");
    await backupDatabase({ databaseFile: file, target });
    await db.$disconnect();
    const copy = new Database(target, { readonly: true });
    expect(copy.prepare("select name from Bloc").get()).toEqual({ name: "Khối 4" });
    copy.close();
  });

  test("an upgrade backs the database up before it applies new migrations; a new database is not backed up", async () => {
    const dir = mkdtempSync(path.join(tmpRoot, "upgrade-"));
    const older = path.join(dir, "migrations-before");
    const names = readdirSync(migrationsDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const name of names.slice(0, -1))
      cpSync(path.join(migrationsDir, name), path.join(older, name), { recursive: true });
    cpSync(path.join(migrationsDir, "migration_lock.toml"), path.join(older, "migration_lock.toml"));
    const file = path.join(dir, "khoi.db");
    const backups: string[] = [];
    const onBackup = (backup: string) => backups.push(backup);
    await applyMigrations({ databaseUrl: `file:${file}`, migrationsDir: older, onBackup });
    expect(backups).toEqual([]);
    const sqlite = new Database(file);
    sqlite
      .prepare(
        "insert into Bloc (id, code, name, province, createdAt, updatedAt) values ('b', 'b', 'Khối 4', 'KG', 0, 0)",
      )
      .run();
    sqlite.close();

    expect(await applyMigrations({ databaseUrl: `file:${file}`, onBackup })).toEqual([names.at(-1)]);
    expect(backups).toHaveLength(1);
    expect(path.dirname(backups[0]!)).toBe(path.join(dir, "backups"));
    expect(backups[0]).toMatch(/khoi-.*-before-migrate\.db$/);
    const copy = new Database(backups[0]!, { readonly: true });
    expect(copy.prepare("select name from Bloc").get()).toEqual({ name: "Khối 4" });
    expect(copy.prepare("select count(*) as n from _prisma_migrations").get()).toEqual({ n: names.length - 1 });
    copy.close();
  }, 60_000);
});
