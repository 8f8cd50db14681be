import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import { adminUrl } from "./postgres-databases.js";
import type { TestDb } from "./test-db.js";
import { onPostgres } from "./test-dialect.js";

// Makes the database refuse every write, as a full disk or a read-only volume does, until the returned function
// is called. SQLite: the connection's query_only (SQLITE_READONLY). PostgreSQL: the database's sessions become
// read-only transactions (25006, as on a standby after a failover); the open ones are ended so that the pool
// reconnects into the new default, and again when writes are allowed back. The change is made from the admin
// database: a session of the read-only one could not make it.
export async function refuseWrites(t: TestDb): Promise<() => Promise<void>> {
  if (!onPostgres) {
    await t.db.$queryRawUnsafe("PRAGMA query_only = ON");
    return async () => void (await t.db.$queryRawUnsafe("PRAGMA query_only = OFF"));
  }
  const database = new URL(t.url).pathname.slice(1);
  await setReadOnly(database, true);
  return () => setReadOnly(database, false);
}

async function setReadOnly(database: string, readOnly: boolean): Promise<void> {
  const client = new pg.Client(parseIntoClientConfig(adminUrl));
  await client.connect();
  try {
    const change = readOnly ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only";
    await client.query(`ALTER DATABASE "${database}" ${change}`);
    await client.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1", [database]);
  } finally {
    await client.end();
  }
}
