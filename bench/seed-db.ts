import Database from "better-sqlite3";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Db } from "../src/db/create-database.js";
import { createSqliteAdapter } from "../src/db/create-sqlite-adapter.js";
import { PrismaClient } from "../src/generated/prisma/client.js";
import { templateDb, tmpRoot } from "../test/support/global-setup.js";

// What the database benches share: a throw-away copy of the migrated template seeded with raw prepared statements,
// then opened through Prisma as the bot opens it, with every row SQLite hands back counted.

// Rows SQLite hands back to Prisma, counted at the driver adapter: what the code really reads, whatever the
// domain function reports about itself. Each statement is logged with when it started and ended.
export type Statement = { sql: string; rows: number; start: number; end: number };
export type QueryStats = { queries: number; rows: number; log: Statement[] };

export const emptyStats = (): QueryStats => ({ queries: 0, rows: 0, log: [] });

export function resetStats(stats: QueryStats): void {
  Object.assign(stats, emptyStats());
}

export function counting<T extends object>(target: T, stats: QueryStats): T {
  return new Proxy(target, {
    get(object, property) {
      const value = Reflect.get(object, property, object) as unknown;
      if (typeof value !== "function") return value;
      const fn = value as (...args: unknown[]) => Promise<unknown>;
      if (property === "connect" || property === "startTransaction")
        return async (...args: unknown[]) => counting((await fn.apply(object, args)) as object, stats);
      if (property !== "queryRaw" && property !== "executeRaw") return fn.bind(object);
      return async (query: { sql: string }) => {
        const start = performance.now();
        const result = await fn.call(object, query);
        const rows = property === "queryRaw" ? (result as { rows: unknown[] }).rows.length : 0;
        if (property === "queryRaw") {
          stats.queries += 1;
          stats.rows += rows;
        }
        stats.log.push({ sql: query.sql, rows, start, end: performance.now() });
        return result;
      };
    },
  });
}

// Deterministic pseudo-random numbers (mulberry32), so every run seeds the same database.
export function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// DateTime as Prisma's SQLite adapter stores it.
export const iso = (date: Date) => date.toISOString().replace("Z", "+00:00");
export const id = (prefix: string, n: number) => `c${prefix}${n.toString(36).padStart(8, "0")}`;
export const between = (from: Date, to: Date, r: number) =>
  new Date(from.getTime() + Math.max(0, to.getTime() - from.getTime()) * r);

// A fresh copy of the migrated template in its own folder, open for raw seeding: no journal, a large page cache.
// The bot's WAL mode is set by openSeeded once the rows are in.
export function copyTemplate(prefix: string): { dir: string; file: string; sqlite: Database.Database } {
  const dir = mkdtempSync(path.join(tmpRoot, `${prefix}-`));
  const file = path.join(dir, "khoi.db");
  copyFileSync(templateDb, file);
  const sqlite = new Database(file);
  sqlite.pragma("journal_mode = OFF");
  sqlite.pragma("synchronous = OFF");
  sqlite.pragma("cache_size = -524288");
  return { dir, file, sqlite };
}

// Prisma over the seeded file as createDatabase opens it (WAL, the statement-reusing adapter), rows counted into `stats`.
export async function openSeeded(
  seeded: { dir: string; file: string; sqlite: Database.Database },
  stats: QueryStats,
): Promise<{ db: Db; close: () => Promise<void> }> {
  seeded.sqlite.pragma("journal_mode = WAL");
  seeded.sqlite.close();
  const db = new PrismaClient({
    adapter: counting(createSqliteAdapter({ file: seeded.file, timeoutMs: 5000 }), stats),
  });
  await db.$connect();
  return {
    db,
    close: async () => {
      await db.$disconnect();
      rmSync(seeded.dir, { recursive: true, force: true });
    },
  };
}
