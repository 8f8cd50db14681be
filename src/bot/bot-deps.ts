import type { Locale } from "../config/env-schema.js";
import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import type { Translator } from "../i18n/translator.js";
import type { Logger } from "../logger.js";
import type { Observer } from "../metrics/observer.js";

export type BotDeps = {
  db: Db;
  logger: Logger;
  translator: Translator;
  clock: Clock;
  timeZone: string;
  defaultLocale: Locale;
  // Wakes the outbox sender after a commit that enqueued messages.
  outbox: { notify: () => void };
  // Counts and times updates for /metrics; absent in tests and the CLI.
  observer?: Observer;
  // Several replicas on one database: who claims updates (the replica id), and how long another replica's
  // unfinished claim counts as alive before it is taken over. Absent: one process, another's claim is dead.
  updateClaims?: { claimant?: string; busyForMs?: number };
};
