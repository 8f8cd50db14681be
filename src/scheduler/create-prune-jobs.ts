import type { Db } from "../db/create-database.js";
import { refreshQueryStatistics } from "../db/refresh-query-statistics.js";
import { pruneRefusals } from "../domain/audit/prune-refusals.js";
import { pruneStrangers } from "../domain/people/prune-strangers.js";
import { pruneJobLeases } from "../domain/leases/prune-job-leases.js";
import { pruneHandledUpdates } from "../domain/updates/prune-handled-updates.js";
import type { Job } from "./scheduler.js";

// Housekeeping at night, in bounded batches. What is old is judged by the real clock, not by an operator's --at
// (the scheduler always passes it; a job called alone is called at the real time).
export function createPruneJobs(db: Db): Job[] {
  return [
    {
      name: "prune-handled-updates",
      schedule: "17 3 * * *",
      run: (at, realNow) => pruneHandledUpdates(db, { now: realNow ?? at }),
    },
    {
      name: "prune-refusals",
      schedule: "27 3 * * *",
      run: (at, realNow) => pruneRefusals(db, { now: realNow ?? at }),
    },
    {
      name: "prune-strangers",
      schedule: "37 3 * * *",
      run: (at, realNow) => pruneStrangers(db, { now: realNow ?? at }),
    },
    {
      name: "prune-job-leases",
      schedule: "47 3 * * *",
      run: (at, realNow) => pruneJobLeases(db, { now: realNow ?? at }),
    },
    // Hourly (SQLite advises every few hours for a connection that stays open; a run with nothing to redo costs
    // nothing): plans follow the tables as they grow.
    {
      name: "sqlite-optimize",
      schedule: "53 * * * *",
      run: () => refreshQueryStatistics(db),
    },
  ];
}
