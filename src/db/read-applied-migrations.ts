import { existsSync } from "node:fs";
import Database from "better-sqlite3";
import { databaseDialect } from "./database-dialect.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";

const appliedQuery =
  "select migration_name from _prisma_migrations where finished_at is not null and rolled_back_at is null";

// Reads Prisma's own history table directly. The schema engine needs a SQLite database to itself, so it is only
// started when something is pending: the CLI can then run beside a live bot (and on PostgreSQL a replica that
// starts beside others does not queue behind their migration lock for nothing).
export async function readAppliedMigrations(databaseUrl: string): Promise<Set<string>> {
  return databaseDialect(databaseUrl) === "postgresql"
    ? readPostgresHistory(databaseUrl)
    : readSqliteHistory(resolveDatabaseFile(databaseUrl));
}

function readSqliteHistory(databaseFile: string): Set<string> {
  if (!existsSync(databaseFile)) return new Set();
  const sqlite = new Database(databaseFile, { readonly: true, timeout: 5000 });
  try {
    const table = sqlite
      .prepare("select 1 from sqlite_master where type = 'table' and name = '_prisma_migrations'")
      .get();
    if (!table) return new Set();
    const rows = sqlite.prepare(appliedQuery).all() as { migration_name: string }[];
    return new Set(rows.map((row) => row.migration_name));
  } finally {
    sqlite.close();
  }
}

async function readPostgresHistory(databaseUrl: string): Promise<Set<string>> {
  const [{ default: pg }, { parseIntoClientConfig }] = await Promise.all([
    import("pg"),
    import("pg-connection-string"),
  ]);
  const client = new pg.Client(parseIntoClientConfig(databaseUrl));
  await client.connect();
  try {
    const table = await client.query<{ found: string | null }>("select to_regclass('_prisma_migrations') as found");
    if (!table.rows[0]?.found) return new Set();
    const rows = await client.query<{ migration_name: string }>(appliedQuery);
    return new Set(rows.rows.map((row) => row.migration_name));
  } finally {
    await client.end();
  }
}
