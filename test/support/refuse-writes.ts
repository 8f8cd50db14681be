import pg from "pg";
import { parseIntoClientConfig } from "pg-connection-string";
import type { TestDb } from "./test-db.js";
import { onPostgres } from "./test-dialect.js";

// Makes the database refuse every write, as a full disk or a read-only volume does, until the returned function
// is called. SQLite: the connection's query_only (SQLITE_READONLY). PostgreSQL: the database's sessions become
// read-only transactions (25006, as on a standby after a failover); the open ones are ended so that the pool
// reconnects into the new default, and again when writes are allowed back.
export async function refuseWrites(t: TestDb): Promise<() => Promise<void>> {
  if (!onPostgres) {
    await t.db.$queryRawUnsafe("PRAGMA query_only = ON");
    return async () => void (await t.db.$queryRawUnsafe("PRAGMA query_only = OFF"));
  }
  await setReadOnly(t.url, true);
  return () => setReadOnly(t.url, false);
}

async function setReadOnly(url: string, readOnly: boolean): Promise<void> {
  const client = new pg.Client(parseIntoClientConfig(url));
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>("SELECT current_database() AS name");
    const change = readOnly ? "SET default_transaction_read_only = on" : "RESET default_transaction_read_only";
    await client.query(`ALTER DATABASE "${rows[0]!.name}" ${change}`);
    await client.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
  } finally {
    await client.end();
  }
}
