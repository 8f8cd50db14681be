import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { remindSilentUnits } from "../domain/drafts/remind-silent-units.js";
import { remindDraftSheets } from "../domain/scoring/sheets/remind-draft-sheets.js";
import { sendDueSyntheses } from "../exports/send-due-syntheses.js";
import { sendDueCertificates } from "../exports/send-due-certificates.js";
import { remindUnsigned } from "../domain/signing/remind-unsigned.js";
import { remindConferences } from "../domain/conference/remind-conferences.js";
import type { Translator } from "../i18n/translator.js";
import { extendReportPeriods } from "../domain/reports/extend-report-periods.js";
import { loadWorkCalendar } from "../domain/reports/load-work-calendar.js";
import type { WorkCalendar } from "../domain/reports/work-calendar.js";
import { sendReportDigest } from "../domain/reports/send-report-digest.js";
import { sendReportReminders } from "../domain/reports/send-report-reminders.js";
import type { AnnouncementProgressJob } from "./announcement-progress-job.js";
import { createBallotJobs } from "./create-ballot-jobs.js";
import { createPruneJobs } from "./create-prune-jobs.js";
import { createTermStartJob } from "./term-start-job.js";
import type { Job } from "./scheduler.js";

export type JobDeps = {
  db: Db;
  timeZone: string;
  translator: Translator;
  defaultLocale: Locale;
  notify?: () => void;
  // "announcement-progress": built by the caller, which knows whether it has a Telegram client and wires the
  // outbox sender's wake-ups to it (createAnnouncementProgressJob).
  announcementProgress: AnnouncementProgressJob;
};

// Every job is safe to run twice for the same instant: what it sends is keyed in the outbox.
export function createJobs(deps: JobDeps): Job[] {
  const notifying = <T>(run: Promise<T>) => run.finally(() => deps.notify?.());
  // The sheet, report and escalation jobs of one tick share one read of the calendar (a failed read is not kept).
  let read: { at: number; calendar: Promise<WorkCalendar> } | undefined;
  const calendar = (now: Date) => {
    if (read?.at !== now.getTime()) {
      const loading = loadWorkCalendar(deps.db, { timeZone: deps.timeZone });
      loading.catch(() => (read = read?.calendar === loading ? undefined : read));
      read = { at: now.getTime(), calendar: loading };
    }
    return read.calendar;
  };
  const documents = (now: Date) => ({
    now,
    timeZone: deps.timeZone,
    translator: deps.translator,
    locale: deps.defaultLocale,
  });
  return [
    deps.announcementProgress,
    ...createPruneJobs(deps.db),
    ...createBallotJobs(deps.db, notifying),
    createTermStartJob(deps),
    {
      name: "draft-reminders",
      schedule: "* * * * *",
      run: (now) => notifying(remindSilentUnits(deps.db, { now })),
    },
    {
      name: "sheet-reminders",
      schedule: "* * * * *",
      run: async (now) => notifying(remindDraftSheets(deps.db, { now, calendar: await calendar(now) })),
    },
    {
      name: "draft-syntheses",
      schedule: "* * * * *",
      run: (now) => notifying(sendDueSyntheses(deps.db, documents(now))),
    },
    {
      name: "conference-reminders",
      schedule: "* * * * *",
      run: (now) => notifying(remindConferences(deps.db, { now, timeZone: deps.timeZone })),
    },
    {
      name: "signing-reminders",
      schedule: "0 8 * * *",
      run: (now) => notifying(remindUnsigned(deps.db, { now, timeZone: deps.timeZone })),
    },
    {
      name: "signing-certificates",
      schedule: "* * * * *",
      run: (now) => notifying(sendDueCertificates(deps.db, documents(now))),
    },
    // Before the reminders: a run for one instant (a dry run on a fresh copy) plans first, then reminds.
    {
      name: "report-periods",
      schedule: "7 * * * *",
      run: async (now) =>
        extendReportPeriods(deps.db, {
          now,
          calendar: await calendar(now),
          presetName: (key) => deps.translator.t(deps.defaultLocale, key),
        }),
      // `obligations` counts what it looked at, not what it did.
      idle: (result: { presets: number; created: number }) => result.presets === 0 && result.created === 0,
    },
    {
      name: "report-reminders",
      schedule: "* * * * *",
      run: async (now) => notifying(sendReportReminders(deps.db, { now, calendar: await calendar(now) })),
    },
    {
      name: "report-digest",
      schedule: "* * * * *",
      run: (now) => notifying(sendReportDigest(deps.db, { now, timeZone: deps.timeZone })),
    },
  ];
}
