import type { Db } from "../db/create-database.js";
import { startDueTerms } from "../domain/blocs/start-due-terms.js";
import type { Job } from "./scheduler.js";

// On the hour, so 1 January 00:00 in APP_TIMEZONE hands the bloc to its new leader at once, and a bot that was down
// then catches up at its next hour.
export function createTermStartJob(deps: { db: Db; timeZone: string; notify?: () => void }): Job {
  return {
    name: "term-start",
    schedule: "0 * * * *",
    run: (now) => startDueTerms(deps.db, { now, timeZone: deps.timeZone }).finally(() => deps.notify?.()),
  };
}
