import { draftAnswerButtons } from "../bot/draft-views.js";
import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import { remindSilentUnits } from "../domain/drafts/remind-silent-units.js";
import { pruneHandledUpdates } from "../domain/updates/prune-handled-updates.js";
import { sendDueSyntheses } from "../exports/send-due-syntheses.js";
import { sendDueCertificates } from "../exports/send-due-certificates.js";
import { remindUnsigned } from "../domain/signing/remind-unsigned.js";
import { signButtons } from "../bot/sign-buttons.js";
import type { Translator } from "../i18n/translator.js";
import type { Job } from "./scheduler.js";

export type JobDeps = { db: Db; timeZone: string; translator: Translator; defaultLocale: Locale; notify?: () => void };

// Every job is safe to run twice for the same instant: what it sends is keyed in the outbox.
export function createJobs(deps: JobDeps): Job[] {
  const notifying = <T>(run: Promise<T>) => run.finally(() => deps.notify?.());
  return [
    { name: "prune-handled-updates", schedule: "17 3 * * *", run: (now) => pruneHandledUpdates(deps.db, { now }) },
    { name: "draft-reminders", schedule: "* * * * *", run: (now) => notifying(remindSilentUnits(deps.db, { now, timeZone: deps.timeZone, buttons: draftAnswerButtons })) },
    {
      name: "draft-syntheses",
      schedule: "* * * * *",
      run: (now) => notifying(sendDueSyntheses(deps.db, { now, timeZone: deps.timeZone, translator: deps.translator, locale: deps.defaultLocale })),
    },
    { name: "signing-reminders", schedule: "0 8 * * *", run: (now) => notifying(remindUnsigned(deps.db, { now, timeZone: deps.timeZone, buttons: signButtons })) },
    {
      name: "signing-certificates",
      schedule: "* * * * *",
      run: (now) => notifying(sendDueCertificates(deps.db, { now, timeZone: deps.timeZone, translator: deps.translator, locale: deps.defaultLocale })),
    },
  ];
}
