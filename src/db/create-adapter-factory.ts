import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { databaseDialect } from "./database-dialect.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";

// The name the app's PostgreSQL sessions carry (pg_stat_activity): `db restore` refuses while one is connected.
export const appApplicationName = "khoi";

// SQLite waits this long for another connection's write lock (a CLI beside the bot) before it gives up.
export const sqliteBusyTimeoutMs = 5000;

// The driver adapter for a DATABASE_URL: better-sqlite3 for file:…, node-postgres for postgresql://…. The
// PostgreSQL driver is loaded only when it is used: a bot on SQLite never loads it.
export async function createAdapterFactory(databaseUrl: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  if (databaseDialect(databaseUrl) === "postgresql") {
    const { createPostgresFactory } = await import("./create-postgres-factory.js");
    return createPostgresFactory(databaseUrl);
  }
  return new PrismaBetterSqlite3({ url: `file:${resolveDatabaseFile(databaseUrl)}`, timeout: sqliteBusyTimeoutMs });
}
