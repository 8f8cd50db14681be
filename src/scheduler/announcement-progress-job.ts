import { performance } from "node:perf_hooks";
import type { Db } from "../db/create-database.js";
import {
  trackAnnouncementProgress,
  type ShowAnnouncementProgress,
} from "../domain/announcements/track-announcement-progress.js";
import type { Clock } from "../domain/clock.js";
import type { Logger } from "../logger.js";
import { foundNothing, type Job } from "./scheduler.js";

export type AnnouncementProgressJobOptions = {
  db: Db;
  // Edits the authors' progress messages; only a process with a Telegram client has one (see below).
  show?: ShowAnnouncementProgress;
  // Wakes the outbox sender when a final report was queued.
  notify?: () => void;
  clock: Clock;
  logger: Logger;
  // Woken runs start at most this often, so a broadcast edits its progress message every few seconds, not per flush.
  minWakeMs?: number;
  // Several replicas: whether this one is the progress editor now (holdStandingLease). Only the holder edits and
  // completes; the others' runs are no-ops until it stops renewing.
  editorLease?: () => Promise<boolean>;
};

export type AnnouncementProgressJob = Job & {
  // Run soon (the outbox sender calls this when it recorded outcomes).
  wake: () => void;
  stop: () => Promise<void>;
};

export const announcementProgressJobName = "announcement-progress";

const notEditor = "another replica edits progress messages";

// Runs each minute, and sooner when the outbox sender wakes it. Runs never overlap: one asked for while another is
// going runs right after it, so no outcome recorded meanwhile is missed.
//
// Without a Telegram client (`cli jobs run` with no BOT_TOKEN) the job does nothing: completing an announcement
// there would leave its progress message stuck at "Đang gửi…", since only a pass that completes it shows it as
// done. The running bot, or a CLI that has a token, carries on from the database.
export function createAnnouncementProgressJob(options: AnnouncementProgressJobOptions): AnnouncementProgressJob {
  const minWakeMs = options.minWakeMs ?? 3000;
  let current: Promise<unknown> | undefined;
  let queued: Promise<unknown> | undefined;
  let lastStart = -Infinity;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  async function pass(now: Date) {
    if (!options.show) return { skipped: "no Telegram client to edit progress messages" };
    if (options.editorLease && !(await options.editorLease())) return { skipped: notEditor };
    const result = await trackAnnouncementProgress(options.db, { now, show: options.show });
    if (result.completed > 0) options.notify?.();
    return result;
  }

  function run(now: Date): Promise<unknown> {
    if (current) {
      queued ??= current
        .catch(() => undefined)
        .then(() => {
          queued = undefined;
          return run(options.clock());
        });
      return queued;
    }
    lastStart = performance.now();
    current = pass(now).finally(() => (current = undefined));
    return current;
  }

  return {
    name: announcementProgressJobName,
    schedule: "* * * * *",
    // Coordinated by its own editor lease, which every replica's tick and wake-ups ask for.
    lease: false,
    // A replica that is not the editor did nothing (logged at debug, as an idle run).
    idle: (result: unknown) => (result as { skipped?: string })?.skipped === notEditor || foundNothing(result),
    run,
    wake() {
      if (stopped || timer) return;
      timer = setTimeout(
        () => {
          timer = undefined;
          run(options.clock()).catch((error: unknown) =>
            options.logger.error({ err: error, job: announcementProgressJobName }, "announcement progress failed"),
          );
        },
        Math.max(0, lastStart + minWakeMs - performance.now()),
      );
      timer.unref();
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      timer = undefined;
      await queued?.catch(() => undefined);
      await current?.catch(() => undefined);
    },
  };
}
