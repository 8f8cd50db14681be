import { createHash, randomBytes } from "node:crypto";
import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { tmpRoot } from "./test-dialect.js";

// A role that may create databases; the suite makes its own and drops them.
export const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

// Databases of one run share a prefix made from its temporary folder: two checkouts (or two suites with their
// own TEST_TMP_DIR) on one server never touch each other's.
export const runPrefix = `khoi_test_${createHash("sha256").update(tmpRoot).digest("hex").slice(0, 10)}`;
export const templateName = `${runPrefix}_template`;

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(parseIntoClientConfig(adminUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

// The template every test database is copied from, migrated once per run.
export async function createTemplateDatabase(): Promise<string> {
  await withAdmin((client) => client.query(`CREATE DATABASE "${templateName}"`));
  return databaseUrl(templateName);
}

// An empty database, or a copy of the migrated template (a file copy inside PostgreSQL: fast).
export async function createScratchDatabase(options: { fromTemplate: boolean }): Promise<string> {
  const name = `${runPrefix}_${randomBytes(6).toString("hex")}`;
  const template = options.fromTemplate ? ` TEMPLATE "${templateName}"` : "";
  await withAdmin(async (client) => {
    await client.query(`CREATE DATABASE "${name}"${template}`);
    // A commit need not wait for the disk in a throw-away database (a crash loses only the test's own rows);
    // it is what a write cost most on a busy CI machine.
    await client.query(`ALTER DATABASE "${name}" SET synchronous_commit = off`);
  });
  return name;
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}

// Everything this run (or an earlier one killed before its teardown) left on the server.
export async function dropRunDatabases(): Promise<void> {
  await withAdmin(async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE starts_with(datname, $1)",
      [`${runPrefix}_`],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
