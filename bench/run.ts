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
const { dropPostgresDatabases, preparePostgres } = await import("./bench-database.js");
type BenchDialect = import("./bench-database.js").BenchDialect;

mkdirSync(tmpRoot, { recursive: true });
await applyMigrations({ databaseUrl: `file:${templateDb}` });
// `npm run bench -- report-tick` (or bot, startup, outbox, replicas, scoring) runs those groups only; no name runs
// them all. `--save-baseline` records the figures into bench/baseline.json instead of comparing with it.
// `--postgres` runs the groups that use a database (bot, outbox, replicas, report-tick) on SQLite and then on
// PostgreSQL (TEST_POSTGRES_URL, default postgres@127.0.0.1:5432), each case on a throw-away database of its own.
const flags = ["--save-baseline", "--postgres"];
const onPostgresToo = process.argv.includes("--postgres");
const databaseGroups = (dialect: BenchDialect): Record<string, import("./harness.js").BenchCase[]> => ({
  bot: updateThroughput({ registrations: 500, helps: 2000, dialect }),
  outbox: [
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0, dialect }),
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01, dialect }),
    outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01, killAt: 0.5, dialect }),
    // The same share of 429s over a longer broadcast: the fixed wait after the last 429 weighs less.
    outboxBroadcast({ recipients: 30_000, globalPerSecond: 1000, throttledRatio: 0.01, dialect }),
  ],
  // Telegram's real limit, shared by two replicas: the budget keeps any one second at or under it. Replicas are a
  // PostgreSQL set-up (on SQLite a second bot process on the file is refused), so this group always runs there.
  replicas: [
    replicaBroadcast({ replicas: 1, recipients: 600, globalPerSecond: 30, shared: false, dialect }),
    replicaBroadcast({ replicas: 2, recipients: 600, globalPerSecond: 30, shared: false, dialect }),
    replicaBroadcast({ replicas: 2, recipients: 600, globalPerSecond: 30, shared: true, dialect }),
  ],
  "report-tick": reportTick({
    units: 10_000,
    historyPeriods: 12,
    outstanding: 100,
    runs: 11,
    compareTo: { historyPeriods: 1 },
    moreDueRuns: 5,
    dialect,
  }),
});
const sqliteGroups = databaseGroups("sqlite");
const { replicas: _replicasOnPostgresAlways, ...postgresGroups } = onPostgresToo ? databaseGroups("postgresql") : {};
const groups: Record<string, import("./harness.js").BenchCase[]> = {
  bot: sqliteGroups.bot!,
  startup: [startupBench({ members: 30_000, unitSize: 100, idleMs: 5000 })],
  outbox: sqliteGroups.outbox!,
  replicas: databaseGroups("postgresql").replicas!,
  "report-tick": sqliteGroups["report-tick"]!,
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
const wanted = process.argv.slice(2).filter((arg) => !flags.includes(arg));
const unknown = wanted.filter((name) => !(name in groups));
if (unknown.length > 0) {
  console.error(`unknown benchmark ${unknown.join(", ")}; known: ${Object.keys(groups).join(", ")}`);
  process.exit(2);
}
const selected = (from: Record<string, import("./harness.js").BenchCase[]>) =>
  Object.entries(from).flatMap(([name, cases]) => (wanted.length === 0 || wanted.includes(name) ? cases : []));
const onPostgres = [...selected(postgresGroups), ...selected({ replicas: groups.replicas! })];
if (onPostgres.length > 0) await preparePostgres();
try {
  // A group's PostgreSQL cases run right after its SQLite ones, so a pair sees the same load on the machine.
  const cases = Object.keys(groups).flatMap((name) =>
    wanted.length === 0 || wanted.includes(name) ? [...groups[name]!, ...(postgresGroups[name] ?? [])] : [],
  );
  await runBenchmarks(cases, { saveBaseline });
} finally {
  if (onPostgres.length > 0) await dropPostgresDatabases();
}
