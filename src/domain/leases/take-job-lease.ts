import type { Db } from "../../db/create-database.js";
import { Prisma } from "../../generated/prisma/client.js";

export type LeaseOutcome = "taken" | "held" | "finished";

export type JobLeaseKey = { job: string; instant: Date };

// Whether this replica runs `job` for `instant`: the first to insert the row does ("taken"); while its holder
// has not finished and the lease has not expired, every other replica is told "held"; once finished, "finished".
// An expired, unfinished lease belongs to a replica that died mid-run: it is taken over in one conditional
// update, so of two replicas trying at once only one wins.
export async function takeJobLease(
  db: Db,
  options: JobLeaseKey & { holder: string; now: Date; ttlMs: number },
): Promise<LeaseOutcome> {
  const { job, instant, holder, now } = options;
  const expiresAt = new Date(now.getTime() + options.ttlMs);
  try {
    await db.jobLease.create({ data: { job, instant, holder, expiresAt } });
    return "taken";
  } catch (error) {
    if (!(error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")) throw error;
  }
  const { count } = await db.jobLease.updateMany({
    where: { job, instant, finishedAt: null, OR: [{ expiresAt: { lt: now } }, { holder }] },
    data: { holder, expiresAt },
  });
  if (count === 1) return "taken";
  const lease = await db.jobLease.findUnique({ where: { job_instant: { job, instant } } });
  return lease?.finishedAt ? "finished" : "held";
}

// The run ended: no replica runs the job for this instant again.
export async function finishJobLease(db: Db, options: JobLeaseKey & { holder: string; now: Date }): Promise<void> {
  await db.jobLease.updateMany({
    where: { job: options.job, instant: options.instant, holder: options.holder },
    data: { finishedAt: options.now },
  });
}

// The run failed: the instant is free again, for this replica's retry at its next tick or for another's.
export async function releaseJobLease(db: Db, options: JobLeaseKey & { holder: string }): Promise<void> {
  await db.jobLease.deleteMany({
    where: { job: options.job, instant: options.instant, holder: options.holder, finishedAt: null },
  });
}
