import type { Db } from "../db/create-database.js";
import { closeDueBallots } from "../domain/ballots/close-due-ballots.js";
import type { Job } from "./scheduler.js";

// A ballot past its deadline is closed (results, or void without the quorum) and everyone told.
export function createBallotJobs(db: Db, notifying: <T>(run: Promise<T>) => Promise<T>): Job[] {
  return [{ name: "ballot-deadlines", schedule: "* * * * *", run: (now) => notifying(closeDueBallots(db, { now })) }];
}
