// Shared benchmark harness: each case returns figures; the harness prints one table.
export type BenchResult = { name: string; figures: Record<string, string | number> };
export type BenchCase = { name: string; run: () => Promise<Record<string, string | number>> };

export async function runBenchmarks(cases: BenchCase[]): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  for (const bench of cases) {
    global.gc?.();
    results.push({ name: bench.name, figures: await bench.run() });
  }
  const rows = results.map((r) => ({ case: r.name, ...r.figures }));
  console.table(rows);
  return results;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

export const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
