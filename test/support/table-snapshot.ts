import type { Db } from "../../src/db/create-database.js";
import { sqlDialect } from "../../src/db/sql-dialect.js";

// The tables (Prisma's own excepted) and a query for all rows of one in a stable order: SQLite's rowid, or on
// PostgreSQL (no rowid) the rows' own text.
const dialects = {
  sqlite: {
    tables:
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '\\_%' ESCAPE '\\' AND name NOT LIKE 'sqlite%' ORDER BY name",
    rows: (name: string) => `SELECT * FROM "${name}" ORDER BY rowid`,
  },
  postgresql: {
    tables:
      "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name NOT LIKE '\\_%' ORDER BY table_name",
    rows: (name: string) => `SELECT * FROM "${name}" AS r ORDER BY r::text`,
  },
};

// Every row of every table (Prisma's own excepted), to assert that a refused call changed nothing but the
// refusal's audit row.
export async function snapshotTables(db: Db, options: { ignore?: string[] } = {}) {
  const dialect = dialects[sqlDialect(db)];
  const tables = await db.$queryRawUnsafe<{ name: string }[]>(dialect.tables);
  const snapshot: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (options.ignore?.includes(name)) continue;
    snapshot[name] = await db.$queryRawUnsafe(dialect.rows(name));
  }
  return JSON.parse(JSON.stringify(snapshot, (_k, v) => (typeof v === "bigint" ? v.toString() : v))) as Record<
    string,
    unknown[]
  >;
}
