import Database from "better-sqlite3";
import { PrismaClient, type Prisma as SqlitePrisma } from "../generated/prisma/client.js";
import type { Prisma as PostgresPrisma } from "../generated/prisma-postgres/client.js";
import { resolveDatabaseFile } from "./resolve-database-file.js";
import { applyMigrations } from "./apply-migrations.js";
import { createAdapterFactory, sqliteBusyTimeoutMs } from "./create-adapter-factory.js";
import { databaseDialect, redactDatabaseUrl } from "./database-dialect.js";
import { createSqliteAdapter } from "./create-sqlite-adapter.js";

// One type for the database whatever the engine: the SQLite client's. The PostgreSQL client is generated from the
// same model (prisma/postgresql/schema.prisma, derived: only the provider and the output differ, which
// `npm run db:check-derived` enforces), so it has the same API; only $transaction's options differ (PostgreSQL
// takes more isolation levels than SQLite's one), and SQLite's type is the portable subset both accept. The two
// generated declarations are not comparable as wholes (their generic helpers are distinct types), so the check
// below compares what the code reads: every model's rows. It breaks the build if the clients ever disagree.
export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];
type Rows<M extends Record<string, { payload: { scalars: unknown } }>> = { [K in keyof M]: M[K]["payload"]["scalars"] };
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Assert<T extends true> = T;
export type PostgresRowsMatch = Assert<
  Same<Rows<PostgresPrisma.TypeMap["model"]>, Rows<SqlitePrisma.TypeMap["model"]>>
>;

export type CreateDatabaseOptions = {
  // file:… (SQLite) or postgresql://… / postgres://…
  databaseUrl: string;
  migrate?: boolean;
  onMigrated?: (names: string[]) => void;
  // Where the copy made before migrating went (only when there was something to migrate and data to keep).
  onBackup?: (file: string) => void;
};

// WAL lets the bot read while a CLI or a job writes; the journal mode is stored in the file itself.
function enableWal(file: string): void {
  const sqlite = new Database(file, { timeout: sqliteBusyTimeoutMs });
  try {
    sqlite.pragma("journal_mode = WAL");
  } finally {
    sqlite.close();
  }
}

// `file` is the SQLite file, or for PostgreSQL the URL without its password (what messages may show).
export async function createDatabase(options: CreateDatabaseOptions): Promise<{ db: Db; file: string }> {
  const postgres = databaseDialect(options.databaseUrl) === "postgresql";
  const file = postgres ? redactDatabaseUrl(options.databaseUrl) : resolveDatabaseFile(options.databaseUrl);
  if (!postgres) enableWal(file);
  if (options.migrate !== false) {
    const applied = await applyMigrations({ databaseUrl: options.databaseUrl, onBackup: options.onBackup });
    options.onMigrated?.(applied);
  }
  // SQLite through the statement-reusing adapter; PostgreSQL through node-postgres (create-adapter-factory), its
  // client loaded only then.
  const db = postgres
    ? (new (await import("../generated/prisma-postgres/client.js")).PrismaClient({
        adapter: await createAdapterFactory(options.databaseUrl),
      }) as unknown as Db)
    : new PrismaClient({ adapter: createSqliteAdapter({ file, timeoutMs: sqliteBusyTimeoutMs }) });
  await db.$connect();
  return { db, file };
}
