// `npm run bench`: prints figures, asserts nothing. Uses the same real SQLite + migrations as the tests, in a
// folder of its own: a test run empties .tmp/test when it starts, which must not pull a database from under a bench.
import { mkdirSync } from "node:fs";

process.env.TEST_TMP_DIR ??= ".tmp/bench";
const { applyMigrations } = await import("../src/db/migrate.js");
const { templateDb, tmpRoot } = await import("../test/support/global-setup.js");
const { runBenchmarks } = await import("./harness.js");
const { outboxBroadcast } = await import("./outbox-broadcast.js");
const { updateThroughput } = await import("./update-throughput.js");

mkdirSync(tmpRoot, { recursive: true });
await applyMigrations({ databaseFile: templateDb });
await runBenchmarks([
  updateThroughput({ registrations: 500, helps: 2000 }),
  outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0 }),
  outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01 }),
  outboxBroadcast({ recipients: 10_000, globalPerSecond: 1000, throttledRatio: 0.01, killAt: 0.5 }),
  // The same share of 429s over a longer broadcast: the fixed wait after the last 429 weighs less.
  outboxBroadcast({ recipients: 30_000, globalPerSecond: 1000, throttledRatio: 0.01 }),
]);
