import type { Db } from "./create-database.js";
import { sqlDialect } from "./sql-dialect.js";

// SQLite keeps its planner statistics only as fresh as the last ANALYZE: `PRAGMA optimize` redoes it for the tables
// that changed a lot since (sampled, see create-sqlite-adapter.ts). PostgreSQL's autovacuum analyzes by itself.
export async function refreshQueryStatistics(db: Db): Promise<void> {
  if (sqlDialect(db) === "sqlite") await db.$queryRawUnsafe("PRAGMA optimize");
}
