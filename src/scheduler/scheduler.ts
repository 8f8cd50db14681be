// The only module that imports node-cron. Jobs receive the instant they run for, so the same
// domain functions can be driven by a test clock or by `cli jobs run`.
import cron, { type ScheduledTask } from "node-cron";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";
import type { Observer } from "../metrics/observer.js";
import { retryBusy, type RetryBusyOptions } from "./retry-busy.js";
import type { JobLeases } from "./job-leases.js";

// `at` is the instant the job acts for (what is due then); `realNow` is the wall clock, for what must not move
// with an operator's `--at`: when messages may leave, what is old enough to prune.
export type Job = {
  name: string;
  schedule: string;
  run: (at: Date, realNow?: Date) => Promise<unknown>;
  // Whether a run's result means it found nothing to do (logged at debug). Default: every count in it is 0.
  idle?: (result: any) => boolean;
  // false: every replica runs it at every tick (it coordinates itself, like the announcement progress editor).
  lease?: false;
};

// Most minutes every job finds nothing to do; at info level that was 8,600 lines a day burying the ones that matter.
export function foundNothing(result: unknown): boolean {
  if (result === undefined || result === null || result === 0) return true;
  if (typeof result !== "object") return false;
  return Object.values(result).every(
    (value) => value === 0 || value === undefined || value === null || (Array.isArray(value) && value.length === 0),
  );
}

export type Scheduler = {
  start: () => void;
  stop: () => Promise<void>;
  // Runs every job once for `at` (the CLI and tests). Without `realNow` the real time is the scheduler's clock,
  // never `at`: an instant ahead must not make handled updates look a week old.
  runAll: (at: Date, realNow?: Date) => Promise<{ failed: string[] }>;
  // What a cron tick does for every job: first the instants earlier ticks failed for, then `at`.
  tick: (at: Date) => Promise<void>;
};

export type SchedulerOptions = {
  jobs: Job[];
  timeZone: string;
  clock: Clock;
  logger: Logger;
  retry?: RetryBusyOptions;
  // Failed instants kept per job; a job that keeps failing for another reason must not pile up work forever.
  maxMissed?: number;
  observer?: Observer;
  // Several replicas: each cron tick's run is leased per job and minute, so one replica runs it. Without it
  // (one process, the CLI's explicit `jobs run`) every run goes ahead.
  leases?: JobLeases;
};

type Outcome = "done" | "failed" | "held";

// "held": another replica is running it for this minute (looked at again at the next tick, in case it dies).
async function leaseFor(leases: JobLeases, job: Job, at: Date, log: Logger): Promise<"taken" | Outcome> {
  try {
    const lease = await leases.take(job.name, at);
    if (lease !== "taken") log.debug({ at: at.toISOString(), lease }, "job run by another replica");
    return lease === "finished" ? "done" : lease;
  } catch (error) {
    log.error({ err: error, at: at.toISOString() }, "job lease failed");
    return "failed";
  }
}

export function createScheduler(options: SchedulerOptions): Scheduler {
  const tasks: ScheduledTask[] = [];
  const running = new Map<string, Promise<unknown>>();
  // Instants whose run failed even after the busy retries, run again at the job's next tick (jobs are idempotent).
  const missed = new Map<string, Date[]>();
  const maxMissed = options.maxMissed ?? 10;

  const attempt = async (job: Job, at: Date, realNow: Date, leased: boolean): Promise<Outcome> => {
    const log = options.logger.child({ job: job.name });
    if (leased) {
      const lease = await leaseFor(options.leases!, job, at, log);
      if (lease !== "taken") return lease;
    }
    const outcome = await runOnce(job, at, realNow, log);
    const ended = outcome === "done" ? options.leases?.finish : options.leases?.release;
    if (leased)
      await ended?.(job.name, at).catch((error: unknown) => log.warn({ err: error }, "job lease not updated"));
    return outcome;
  };

  const runOnce = async (job: Job, at: Date, realNow: Date, log: Logger): Promise<Outcome> => {
    const started = Date.now();
    try {
      const result = await retryBusy(() => job.run(at, realNow), {
        ...options.retry,
        onRetry: (error, tries, delayMs) => log.warn({ err: error, tries, delayMs }, "database busy, job retried"),
      });
      const idle = (job.idle ?? foundNothing)(result);
      log[idle ? "debug" : "info"]({ result, ms: Date.now() - started }, "job done");
      options.observer?.jobRan(job.name, "done", (Date.now() - started) / 1000);
      return "done";
    } catch (error) {
      log.error({ err: error, at: at.toISOString() }, "job failed");
      options.observer?.jobRan(job.name, "failed", (Date.now() - started) / 1000);
      return "failed";
    }
  };

  // A job still running when its next tick arrives is skipped rather than run twice in parallel.
  const runJob = async (job: Job, instants: Date[], realNow: Date, leased = false): Promise<Date[]> => {
    if (running.has(job.name)) return [];
    const failed: Date[] = [];
    const run = (async () => {
      for (const at of instants) if ((await attempt(job, at, realNow, leased)) !== "done") failed.push(at);
    })().finally(() => running.delete(job.name));
    running.set(job.name, run);
    await run;
    return failed;
  };

  const tickJob = async (job: Job, at: Date): Promise<void> => {
    if (running.has(job.name)) return;
    const earlier = missed.get(job.name) ?? [];
    missed.delete(job.name);
    const leased = options.leases !== undefined && job.lease !== false;
    const failed = await runJob(job, [...earlier, at], options.clock(), leased);
    if (failed.length > 0) missed.set(job.name, failed.slice(-maxMissed));
  };

  return {
    start() {
      for (const job of options.jobs) {
        tasks.push(
          cron.schedule(job.schedule, () => void tickJob(job, options.clock()), {
            timezone: options.timeZone,
            name: job.name,
          }),
        );
      }
    },
    async stop() {
      await Promise.all(tasks.splice(0).map((task) => task.stop()));
      await Promise.allSettled([...running.values()]);
    },
    async runAll(at, realNow = options.clock()) {
      const failed: string[] = [];
      for (const job of options.jobs) if ((await runJob(job, [at], realNow)).length > 0) failed.push(job.name);
      return { failed };
    },
    async tick(at) {
      await Promise.all(options.jobs.map((job) => tickJob(job, at)));
    },
  };
}
