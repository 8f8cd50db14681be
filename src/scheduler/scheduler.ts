// The only module that imports node-cron. Jobs receive the instant they run for, so the same
// domain functions can be driven by a test clock or by `cli jobs run`.
import cron, { type ScheduledTask } from "node-cron";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";

export type Job = { name: string; schedule: string; run: (now: Date) => Promise<unknown> };

export type Scheduler = {
  start: () => void;
  stop: () => Promise<void>;
  runAll: (now: Date) => Promise<{ failed: string[] }>;
};

export function createScheduler(options: { jobs: Job[]; timeZone: string; clock: Clock; logger: Logger }): Scheduler {
  const tasks: ScheduledTask[] = [];
  const running = new Map<string, Promise<unknown>>();

  // A job still running when its next tick arrives is skipped rather than run twice in parallel.
  const runJob = async (job: Job, now: Date): Promise<boolean> => {
    if (running.has(job.name)) return true;
    let ok = true;
    const log = options.logger.child({ job: job.name });
    const started = Date.now();
    const run = job
      .run(now)
      .then((result) => log.info({ result, ms: Date.now() - started }, "job done"))
      .catch((error: unknown) => {
        ok = false;
        log.error({ err: error }, "job failed");
      })
      .finally(() => running.delete(job.name));
    running.set(job.name, run);
    await run;
    return ok;
  };

  return {
    start() {
      for (const job of options.jobs) {
        tasks.push(
          cron.schedule(job.schedule, () => void runJob(job, options.clock()), {
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
    async runAll(now) {
      const failed: string[] = [];
      for (const job of options.jobs) if (!(await runJob(job, now))) failed.push(job.name);
      return { failed };
    },
  };
}
