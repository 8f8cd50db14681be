// `npm run bench`: prints figures, asserts nothing. Uses the same real SQLite + migrations as the tests, in a
// folder of its own: a test run empties .tmp/test when it starts, which must not pull a database from under a bench.
import { mkdirSync } from "node:fs";

process.env.TEST_TMP_DIR ??= ".tmp/bench";
const { applyMigrations } = await import("../src/db/apply-migrations.js");
const { templateDb, tmpRoot } = await import("../test/support/global-setup.js");
const { runBenchmarks } = await import("./harness.js");
const { outboxBroadcast } = await import("./outbox-broadcast.js");
const { updateThroughput } = await import("./update-throughput.js");
const { reportTick } = await import("./report-tick.js");
const { scoringBench } = await import("./scoring.js");
const { startupBench } = await import("./startup.js");
const { replicaBroadcast } = await import("./replica-broadcast.js");
const { scoringDbBench } = await import("./scoring-db.js");

mkdirSync(tmpRoot, { recursive: true });
await applyMigrations({ databaseUrl: `file:${templateDb}` });
// `npm run bench -- report-tick` (or bot, startup, outbox, replicas, scoring) runs those groups only; no name runs
// them all. `--save-baseline` records the figures into bench/baseline.json instead of comparing with it.
const groups: Record<string, import("./harness.js").BenchCase[]> = {
  bot: updateThroughput({ registrations: 500, helps: 2000 }),
  startup: [startupBench({ members: 30_000, unitSize: 100, idleMs: 5000 })],
  outbox: [
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0 }),
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01 }),
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01, killAt: 0.5 }),
    // The same share of 429s over a longer broadcast: the fixed wait after the last 429 weighs less.
    outboxBroadcast({ recipients: 30_000, globalPerSecond: 1000, throttledRatio: 0.01 }),
  ],
  // Telegram's real limit, shared by two replicas: the budget keeps any one second at or under it.
  replicas: [
    replicaBroadcast({ replicas: 1, recipients: 600, globalPerSecond: 30, shared: false }),
    replicaBroadcast({ replicas: 2, recipients: 600, globalPerSecond: 30, shared: false }),
    replicaBroadcast({ replicas: 2, recipients: 600, globalPerSecond: 30, shared: true }),
  ],
  "report-tick": reportTick({
    units: 10_000,
    historyPeriods: 12,
    outstanding: 100,
    runs: 11,
    compareTo: { historyPeriods: 1 },
    moreDueRuns: 5,
  }),
  // 10 sections × 23 leaves = 230 leaves (18 against target, the last section the bonus); 250 and 500 units show
  // how the time grows with the units.
  // Then the same through the database, as the bot ranks a round (getRoundRanking): 100, 300 and 1,000 units for the
  // growth with the units, and 1,000 units × 115 leaves (5 sections) for the growth with the leaves.
  scoring: [
    ...scoringBench({ units: [250, 500, 1000], sections: 10, leavesPerSection: 23, warmups: 3, runs: 11 }),
    ...scoringDbBench({
      cases: [
        { units: 100, sections: 10 },
        { units: 300, sections: 10 },
        { units: 1000, sections: 10 },
        { units: 1000, sections: 5 },
      ],
      leavesPerSection: 23,
      warmups: 2,
      runs: 7,
    }),
  ],
};
const saveBaseline = process.argv.includes("--save-baseline");
const wanted = process.argv.slice(2).filter((arg) => arg !== "--save-baseline");
const unknown = wanted.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(groups).join(", ")}`);
  process.exit(2);
}
await runBenchmarks(
  Object.entries(groups).flatMap(([name, cases]) => (wanted.length === 0 || wanted.includes(name) ? cases : [])),
  { saveBaseline },
);
