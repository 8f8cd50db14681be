import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Command } from "commander";
import type { CliConfig } from "../config/env-schema.js";
import { backupDatabase } from "../db/backup-database.js";
import { databaseDialect } from "../db/database-dialect.js";
import { copyPostgres } from "../db/postgres-backup.js";
import { createDatabase, type Db } from "../db/create-database.js";
import { resolveDatabaseFile } from "../db/resolve-database-file.js";
import { systemClock } from "../domain/clock.js";
import { bringDueToNow } from "../domain/delivery/bring-due-to-now.js";
import { createTranslator } from "../i18n/translator.js";
import { createLogger } from "../logger.js";
import { createJobs } from "../scheduler/jobs.js";
import { createScheduler } from "../scheduler/scheduler.js";
import { cliAnnouncementProgress } from "./cli-announcement-progress.js";
import { CliError } from "./resolve-bot-username.js";

// Clocks of the operator's machine and the bot's may differ a little: an --at this close to now counts as now.
const presentSkewMs = 60_000;

type JobsRunOptions = { at?: string; dryRun?: boolean; job?: string };

export function addJobsCommands(program: Command, deps: { config: CliConfig; openDb: () => Promise<Db> }): void {
  program
    .command("jobs")
    .description("scheduled jobs")
    .command("run")
    .argument("[job]", "only this job (e.g. term-start); default: every job")
    .option("--at <iso>", "run as if it were this instant (ISO 8601); any instant but now needs --dry-run")
    .option("--dry-run", "run on a copy of the database and print what would be sent")
    .description("run every scheduled job (or one) once, now or for a given instant")
    .action((job: string | undefined, options: JobsRunOptions) => runJobsCommand({ ...options, job }, deps));
}

// Operator time travel must never touch live data. Only the present (within the clock skew) runs on the live
// database. A past instant would plan the periods and send the reminders of that day as if it were today (one
// run back-filled 13 periods, 8 already closed, and every unit showed 0 %); a future one would queue rows the
// bot's own run for that instant then finds done. Either runs on a copy with --dry-run, or is refused.
async function runJobsCommand(options: JobsRunOptions, deps: { config: CliConfig; openDb: () => Promise<Db> }) {
  const realNow = systemClock();
  const t = createTranslator({ fallbackLocale: deps.config.DEFAULT_LOCALE }).forLocale(deps.config.DEFAULT_LOCALE);
  const at = options.at ? new Date(options.at) : realNow;
  if (Number.isNaN(at.getTime())) throw new CliError(t("cli.jobs_bad_at", { at: options.at ?? "" }), 2);
  if (options.dryRun) return dryRun(deps.config, at, realNow, options.job);
  const offMs = at.getTime() - realNow.getTime();
  if (Math.abs(offMs) > presentSkewMs)
    throw new CliError(t(offMs > 0 ? "cli.jobs_future" : "cli.jobs_past", { at: at.toISOString() }), 2);
  const db = await deps.openDb();
  try {
    await runJobsOn(db, { config: deps.config, at, realNow, withTelegram: true, job: options.job });
    // An --at up to a minute ahead queues rows due then: they are due now.
    await bringDueToNow(db, { queuedAt: at, now: realNow });
  } finally {
    await db.$disconnect();
  }
}

async function dryRun(config: CliConfig, at: Date, realNow: Date, job?: string): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), "khoi-dry-run-"));
  const copy = await copyDatabase(config.DATABASE_URL, dir);
  try {
    const { db } = await createDatabase({ databaseUrl: copy.url, migrate: false });
    try {
      const before = new Set((await db.outboxMessage.findMany({ select: { id: true } })).map((row) => row.id));
      // On the copy the jobs act for `at`; what is old enough to forget is still judged by the real clock.
      await runJobsOn(db, { config, at, realNow, withTelegram: false, job });
      const queued = (await db.outboxMessage.findMany({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).filter(
        (row) => !before.has(row.id),
      );
      const t = createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE);
      process.stdout.write(`${t("cli.jobs_dry_run", { at: at.toISOString(), count: queued.length })}\n`);
      for (const row of queued)
        process.stdout.write(`  ${row.intentId}  chat ${row.chatId}  ${row.textKey ?? row.text.slice(0, 60)}\n`);
    } finally {
      await db.$disconnect();
    }
  } finally {
    await copy.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

// SQLite: an online backup into the scratch folder. PostgreSQL: a database of its own, filled by pg_dump.
async function copyDatabase(databaseUrl: string, dir: string): Promise<{ url: string; drop: () => Promise<void> }> {
  if (databaseDialect(databaseUrl) === "postgresql") return copyPostgres(databaseUrl, path.join(dir, "copy.dump"));
  const copy = path.join(dir, "khoi.db");
  await backupDatabase({ databaseFile: resolveDatabaseFile(databaseUrl), target: copy });
  return { url: `file:${copy}`, drop: async () => {} };
}

async function runJobsOn(
  db: Db,
  options: { config: CliConfig; at: Date; realNow: Date; withTelegram: boolean; job?: string },
): Promise<void> {
  const { config, at, realNow } = options;
  const logger = createLogger({ level: config.LOG_LEVEL, pretty: false, destination: process.stderr });
  // A dry run must not edit real progress messages in Telegram.
  const progressConfig = options.withTelegram ? config : { ...config, BOT_TOKEN: undefined };
  const jobs = createJobs({
    db,
    timeZone: config.APP_TIMEZONE,
    translator: createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }),
    defaultLocale: config.DEFAULT_LOCALE,
    announcementProgress: cliAnnouncementProgress({ db, config: progressConfig, logger, clock: () => at }),
  });
  const chosen = options.job ? jobs.filter((job) => job.name === options.job) : jobs;
  if (chosen.length === 0) {
    const t = createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE);
    throw new CliError(t("cli.jobs_unknown", { job: options.job!, jobs: jobs.map((job) => job.name).join(", ") }), 2);
  }
  const { failed } = await createScheduler({
    jobs: chosen,
    timeZone: config.APP_TIMEZONE,
    clock: () => at,
    logger,
  }).runAll(at, realNow);
  if (failed.length > 0) {
    const t = createTranslator({ fallbackLocale: config.DEFAULT_LOCALE }).forLocale(config.DEFAULT_LOCALE);
    throw new CliError(t("cli.jobs_failed", { jobs: failed.join(", ") }));
  }
}
