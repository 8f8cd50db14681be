import type { Db } from "../../db/create-database.js";
import { takeJobLease } from "./take-job-lease.js";

// A standing lease is a job lease on the instant 0: one holder at a time for as long as it keeps renewing
// within `ttlMs` (each call renews it); when the holder stops, the next replica to ask takes it.
export const standingInstant = new Date(0);

export async function holdStandingLease(
  db: Db,
  options: { name: string; holder: string; now: Date; ttlMs: number },
): Promise<boolean> {
  return (await takeJobLease(db, { ...options, job: options.name, instant: standingInstant })) === "taken";
}
