import type Database from "better-sqlite3";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";

// Statements kept prepared per connection; Prisma's SQL for one query shape is always the same text.
const statementCacheSize = 256;
// Longer texts are chunked multi-row INSERTs (enqueueMessages): rare, and each would pin a large statement.
const maxCachedSqlLength = 8_000;

type Statement = Database.Statement<unknown[]>;
type Args = unknown[];

// The Prisma adapter prepares every statement afresh and binds its arguments for good (better-sqlite3's bind()
// is once per statement); preparing Prisma's long column lists took a tenth of an update's time
// (bench/update-throughput.ts), and each discarded statement waited for the garbage collector to be finalized.
// Here `prepare` hands out a cached statement behind the same small surface the adapter uses, passing the
// arguments per call.
export function createSqliteAdapter(options: { file: string; timeoutMs: number }): PrismaBetterSqlite3 {
  const factory = new PrismaBetterSqlite3({ url: `file:${options.file}`, timeout: options.timeoutMs });
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = await connect();
    const connection = adapter as unknown as { client: Database.Database };
    planWithStatistics(connection.client);
    connection.client = reusingStatements(connection.client);
    return adapter;
  };
  return factory;
}

// Without statistics SQLite guessed: the reminders' audience read every membership of a 20,000-member bloc through
// the bloc's index instead of the units' (7 ms against 0.5 ms, bench/report-tick.ts). As SQLite advises for a
// long-lived connection: statistics on open, sampled (analysis_limit) so a large file takes milliseconds, and
// refreshed by the "sqlite-optimize" job as the tables grow (refreshQueryStatistics).
function planWithStatistics(client: Database.Database): void {
  client.pragma("analysis_limit = 1000");
  client.pragma("optimize = 0x10002");
}

function reusingStatements(client: Database.Database): Database.Database {
  const cache = new Map<string, Statement>();
  const prepare = (sql: string) => {
    let statement = cache.get(sql);
    if (statement) {
      // Most recently used last: the first key is the one to evict.
      cache.delete(sql);
    } else {
      statement = client.prepare(sql);
      if (sql.length > maxCachedSqlLength) return boundOnce(statement);
      if (cache.size >= statementCacheSize) cache.delete(cache.keys().next().value!);
    }
    cache.set(sql, statement);
    return boundOnce(statement);
  };
  return new Proxy(client, {
    get(target, property) {
      if (property === "prepare") return prepare;
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

// What the adapter calls: prepare(sql).bind(args), then reader / columns() / raw().all() / run(); and
// prepare("BEGIN").run() to open a transaction.
function boundOnce(statement: Statement) {
  return {
    run: () => statement.run(),
    bind: (args: Args) => ({
      reader: statement.reader,
      columns: () => statement.columns(),
      raw: () => ({ all: () => statement.raw(true).all(args) }),
      run: () => statement.run(args),
    }),
  };
}
