import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { finishJobLease, releaseJobLease, takeJobLease, type LeaseOutcome } from "../domain/leases/take-job-lease.js";

// What the scheduler asks before and after each run, so that of several replicas ticking for the same minute one
// runs the job. Instants are whole minutes (the cron's resolution): replicas tick a few ms apart.
export type JobLeases = {
  take: (job: string, at: Date) => Promise<LeaseOutcome>;
  finish: (job: string, at: Date) => Promise<void>;
  release: (job: string, at: Date) => Promise<void>;
};

export function leaseInstant(at: Date): Date {
  return new Date(Math.floor(at.getTime() / 60_000) * 60_000);
}

// `ttlMs`: how long a run may take before another replica takes the holder for dead and runs the job for that
// minute itself (jobs are idempotent, so a slow holder costs a second run, not a second message).
export function createJobLeases(options: { db: Db; holder: string; clock: Clock; ttlMs?: number }): JobLeases {
  const { db, holder, clock } = options;
  const ttlMs = options.ttlMs ?? 120_000;
  return {
    take: (job, at) => takeJobLease(db, { job, instant: leaseInstant(at), holder, now: clock(), ttlMs }),
    finish: (job, at) => finishJobLease(db, { job, instant: leaseInstant(at), holder, now: clock() }),
    release: (job, at) => releaseJobLease(db, { job, instant: leaseInstant(at), holder }),
  };
}
