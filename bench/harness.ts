import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus } from "node:os";
import { postgresSuffix } from "./bench-database.js";

// Shared benchmark harness: each case returns figures; the harness prints one table, then each numeric figure
// next to the one recorded in bench/baseline.json (from main before the performance work) with their ratio.
export type BenchResult = { name: string; figures: Record<string, string | number> };
export type BenchCase = { name: string; run: () => Promise<Record<string, string | number>> };
type Baseline = { recordedAt: string; commit: string; cores: number; results: Record<string, BenchResult["figures"]> };

export const baselineFile = "bench/baseline.json";

export async function runBenchmarks(
  cases: BenchCase[],
  options: { saveBaseline?: boolean } = {},
): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const bench of cases) {
    global.gc?.();
    results.push({ name: bench.name, figures: await bench.run() });
  }
  const rows = results.map((r) => ({ case: r.name, ...r.figures }));
  console.table(rows);
  compareEngines(results);
  if (options.saveBaseline) saveBaseline(results);
  else compareWithBaseline(results);
  return results;
}

// Merged into the file: recording one group keeps the others' figures.
function saveBaseline(results: BenchResult[]): void {
  const previous = readBaseline();
  // Set when recording from an exported tree of main (no .git there).
  const commit =
    process.env.BENCH_COMMIT ?? execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
  const baseline: Baseline = {
    recordedAt: new Date().toISOString(),
    commit,
    cores: cpus().length,
    results: { ...previous?.results, ...Object.fromEntries(results.map((r) => [r.name, r.figures])) },
  };
  writeFileSync(baselineFile, `${JSON.stringify(baseline, null, 2)}\n`);
  console.log(`baseline recorded in ${baselineFile} (commit ${commit})`);
}

function readBaseline(): Baseline | undefined {
  return existsSync(baselineFile) ? (JSON.parse(readFileSync(baselineFile, "utf8")) as Baseline) : undefined;
}

const numeric = (value: string | number | undefined) =>
  value === undefined || value === "" || Number.isNaN(Number(value)) ? undefined : Number(value);

function compareWithBaseline(results: BenchResult[]): void {
  const baseline = readBaseline();
  if (!baseline) return;
  const rows = results.flatMap((result) =>
    Object.entries(result.figures).flatMap(([figure, value]) => {
      const before = numeric(baseline.results[result.name]?.[figure]);
      const after = numeric(value);
      if (before === undefined || after === undefined) return [];
      const ratio = before === 0 ? "" : (after / before).toFixed(2);
      return [{ case: result.name, figure, before, after, "after ÷ before": ratio }];
    }),
  );
  if (rows.length === 0) return;
  console.log(`before: ${baselineFile}, commit ${baseline.commit}, recorded ${baseline.recordedAt}`);
  console.table(rows);
}

// Each PostgreSQL case next to the SQLite case of the same name, measured in the same run.
function compareEngines(results: BenchResult[]): void {
  const byName = new Map(results.map((result) => [result.name, result]));
  const rows = results.flatMap((result) => {
    if (!result.name.endsWith(postgresSuffix)) return [];
    const name = result.name.slice(0, -postgresSuffix.length);
    const sqlite = byName.get(name);
    if (!sqlite) return [];
    return Object.entries(result.figures).flatMap(([figure, value]) => {
      const onSqlite = numeric(sqlite.figures[figure]);
      const onPostgres = numeric(value);
      if (onSqlite === undefined || onPostgres === undefined) return [];
      const ratio = onSqlite === 0 ? "" : (onPostgres / onSqlite).toFixed(2);
      return [{ case: name, figure, SQLite: onSqlite, PostgreSQL: onPostgres, "PostgreSQL ÷ SQLite": ratio }];
    });
  });
  if (rows.length === 0) return;
  console.log("SQLite and PostgreSQL, same run:");
  console.table(rows);
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
