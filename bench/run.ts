// `npm run bench`: prints figures, asserts nothing. Uses the same real SQLite + migrations as the tests.
import { mkdirSync } from "node:fs";
import { applyMigrations } from "../src/db/migrate.js";
import { templateDb, tmpRoot } from "../test/support/global-setup.js";
import { runBenchmarks } from "./harness.js";
import { outboxBroadcast } from "./outbox-broadcast.js";
import { updateThroughput } from "./update-throughput.js";

mkdirSync(tmpRoot, { recursive: true });
await applyMigrations({ databaseFile: templateDb });
await runBenchmarks([
  updateThroughput({ registrations: 500, helps: 2000 }),
  outboxBroadcast({ recipients: 2000, globalPerSecond: 1000, throttledRatio: 0 }),
  outboxBroadcast({ recipients: 2000, globalPerSecond: 1000, throttledRatio: 0.01 }),
]);
