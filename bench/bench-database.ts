import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { applyMigrations } from "../src/db/apply-migrations.js";
import { createDatabase } from "../src/db/create-database.js";
import { templateDb, tmpRoot } from "../test/support/global-setup.js";
import {
  adminUrl,
  createScratchDatabase,
  createTemplateDatabase,
  databaseUrl,
  dropDatabase,
  dropRunDatabases,
} from "../test/support/postgres-databases.js";
import type { TestDb } from "../test/support/test-db.js";

// Each bench case names its engine itself, so one run measures SQLite and PostgreSQL side by side (the test
// suite's KHOI_TEST_DATABASE picks one engine per process, which cannot compare them).
export type BenchDialect = "sqlite" | "postgresql";

// The PostgreSQL cases' names: the SQLite case's name plus this, so the harness can pair them.
export const postgresSuffix = " · PostgreSQL";
export const caseName = (name: string, dialect: BenchDialect) =>
  dialect === "postgresql" ? `${name}${postgresSuffix}` : name;

// The migrated template every PostgreSQL case copies (CREATE DATABASE … TEMPLATE), on the server of
// TEST_POSTGRES_URL (default the local one). The prefix comes from .tmp/bench, so it never meets a test run's.
export async function preparePostgres(): Promise<void> {
  await dropRunDatabases();
  await applyMigrations({ databaseUrl: await createTemplateDatabase() });
}

export const dropPostgresDatabases = dropRunDatabases;

// A throw-away, migrated database of its own. The test helper turns synchronous_commit off to speed up CI; a
// bench measures what production runs, so the PostgreSQL copy goes back to the server's default (a commit waits
// for the disk, as SQLite's does).
export async function createBenchDb(dialect: BenchDialect): Promise<TestDb> {
  const { url, drop } = await newBenchDatabase(dialect);
  const { db } = await createDatabase({ databaseUrl: url, migrate: false });
  return { db, file: url.replace(/^file:/, ""), url, close: () => db.$disconnect().finally(drop) };
}

export async function newBenchDatabase(dialect: BenchDialect): Promise<{ url: string; drop: () => Promise<void> }> {
  if (dialect === "sqlite") {
    const file = path.join(mkdtempSync(path.join(tmpRoot, "db-")), "khoi.db");
    copyFileSync(templateDb, file);
    return { url: `file:${file}`, drop: async () => {} };
  }
  const name = await createScratchDatabase({ fromTemplate: true });
  await withPostgres(adminUrl, (client) => client.query(`ALTER DATABASE "${name}" RESET synchronous_commit`));
  return { url: databaseUrl(name), drop: () => dropDatabase(name) };
}

export async function withPostgres<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(parseIntoClientConfig(url));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const copyBatch = 5000;

// Copies the rows of `tables` from a seeded SQLite file into a migrated PostgreSQL database, so a bench seeds one
// way (fast better-sqlite3 statements) and measures both engines on the same rows. Column values are converted
// from SQLite's storage to PostgreSQL's types through json_populate_recordset; secondary indexes are rebuilt once
// at the end, and VACUUM ANALYZE leaves the tables as autovacuum would after a bulk load.
export async function copySqliteToPostgres(options: { file: string; url: string; tables: string[] }): Promise<void> {
  const sqlite = new Database(options.file, { readonly: true });
  try {
    await withPostgres(options.url, async (client) => {
      const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename = ANY($1)
           AND indexname NOT IN (SELECT conname FROM pg_constraint)`,
        [options.tables],
      );
      for (const index of indexes) await client.query(`DROP INDEX "${index.indexname}"`);
      // Parents and children arrive in any order: foreign keys are not checked during the copy.
      await client.query("SET session_replication_role = replica");
      for (const table of options.tables) await copyTable(sqlite, client, table);
      await client.query("SET session_replication_role = DEFAULT");
      for (const index of indexes) await client.query(index.indexdef);
      for (const table of options.tables) await client.query(`VACUUM ANALYZE "${table}"`);
    });
  } finally {
    sqlite.close();
  }
}

async function copyTable(sqlite: Database.Database, client: pg.Client, table: string): Promise<void> {
  const { rows: columns } = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
    [table],
  );
  const booleans = new Set(columns.filter((c) => c.data_type === "boolean").map((c) => c.column_name));
  const list = columns.map((c) => `"${c.column_name}"`).join(", ");
  const insert = `INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", $1)`;
  let batch: Record<string, unknown>[] = [];
  const flush = async () => {
    if (batch.length > 0) await client.query(insert, [JSON.stringify(batch)]);
    batch = [];
  };
  // BigInt columns hold Telegram ids, well inside a double: JSON numbers carry them exactly.
  for (const row of sqlite.prepare(`SELECT * FROM "${table}"`).iterate() as Iterable<Record<string, unknown>>) {
    for (const column of booleans) if (row[column] !== null) row[column] = row[column] === 1;
    batch.push(row);
    if (batch.length >= copyBatch) await flush();
  }
  await flush();
}
