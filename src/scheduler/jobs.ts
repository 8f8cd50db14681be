import type { Db } from "../db/create-database.js";
import { pruneHandledUpdates } from "../domain/updates/prune-handled-updates.js";
import type { Job } from "./scheduler.js";

export function createJobs(deps: { db: Db }): Job[] {
  return [{ name: "prune-handled-updates", schedule: "17 3 * * *", run: (now) => pruneHandledUpdates(deps.db, { now }) }];
}
