// Composition root: config → logger → database → bot → announcement progress → outbox sender → scheduler; stopped in reverse on SIGTERM/SIGINT.
import "./runtime/require-supported-node.js";
import { loadConfigOrExit } from "./config/load-config.js";
import { DatabaseStartError, openBotDatabase } from "./db/open-bot-database.js";
import { systemClock } from "./domain/clock.js";
import { createTranslator } from "./i18n/translator.js";
import { createLogger } from "./logger.js";
import { createBot } from "./bot/create-bot.js";
import { createMenuCommands, setDefaultCommandMenus } from "./bot/command-menus.js";
import { createJobs } from "./scheduler/jobs.js";
import { createScheduler } from "./scheduler/scheduler.js";
import { PollingConflictError, pollingConflictExitCode, startPolling, type Runtime } from "./runtime/start-polling.js";
import { claimantFor, resolveReplicaId } from "./runtime/resolve-replica-id.js";
import { sqlDialect } from "./db/sql-dialect.js";
import { createJobLeases } from "./scheduler/job-leases.js";
import { holdStandingLease } from "./domain/leases/hold-standing-lease.js";
import { startWebhook } from "./runtime/start-webhook.js";
import { createOutboxSender, type OutboxSender } from "./delivery/outbox-sender.js";
import { createOutboxRenderer } from "./delivery/create-outbox-renderer.js";
import { encodeMessageAction } from "./bot/encode-message-action.js";
import { createProgressMessage } from "./delivery/create-progress-message.js";
import { createAnnouncementProgressJob } from "./scheduler/announcement-progress-job.js";
import { BotIdentityError, fetchBotIdentity } from "./runtime/fetch-bot-identity.js";
import { createMetrics } from "./metrics/create-metrics.js";
import { measureOutboxBacklog } from "./domain/delivery/measure-outbox-backlog.js";
import { createHealthCheck } from "./runtime/check-health.js";
import { startHealthServer } from "./runtime/start-health-server.js";

// Outbox rows due longer than this make /healthz fail and count in khoi_outbox_overdue.
const healthOverdueMs = 15 * 60_000;
const config = loadConfigOrExit();
const replica = resolveReplicaId(config.REPLICA_ID);
// Every line says which replica wrote it.
const logger = createLogger({
  level: config.LOG_LEVEL,
  pretty: config.NODE_ENV !== "production" && process.stdout.isTTY,
}).child({ replica });
const claimant = claimantFor(replica);

process.on("unhandledRejection", (reason) => logger.error({ err: reason }, "unhandled rejection"));

const { db, file, lock } = await openBotDatabase({
  databaseUrl: config.DATABASE_URL,
  onBackup: (backup) => logger.info({ backup }, "database backed up before migrating"),
  onMigrated: (names) =>
    logger.info({ applied: names }, names.length > 0 ? "migrations applied" : "database up to date"),
}).catch((error: unknown) => {
  if (!(error instanceof DatabaseStartError)) throw error;
  logger.fatal({ file: error.file }, error.message);
  process.exit(1);
});
logger.info({ file }, "database ready");
// SQLite allows one bot process per file (the lock above); PostgreSQL is where several replicas run, behind the
// webhook. A poller is alone on its bot (Telegram refuses a second one, and a webhook beside it), so after a crash
// it takes over its predecessor's updates and claimed messages at once instead of waiting for their leases.
const replicated = sqlDialect(db) === "postgresql" && config.BOT_MODE === "webhook";

const translator = createTranslator({ fallbackLocale: config.DEFAULT_LOCALE });
const metrics = createMetrics({
  outbox: () => measureOutboxBacklog(db, { now: systemClock(), overdueMs: healthOverdueMs }),
});
// The bot wakes the sender after commits; the sender needs the bot's Telegram client: bound late.
const late: { sender?: OutboxSender } = {};
const outbox = { notify: () => late.sender?.notify() };
const deps = {
  db,
  logger,
  translator,
  clock: systemClock,
  timeZone: config.APP_TIMEZONE,
  defaultLocale: config.DEFAULT_LOCALE,
  outbox,
  observer: metrics.observer,
  // Among replicas, another one's unfinished update is alive for 30 s before it is taken over.
  updateClaims: { claimant, busyForMs: replicated ? 30_000 : undefined },
};
const bot = createBot({ ...deps, token: config.BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT });
bot.botInfo = await fetchBotIdentity(bot.telegram, logger).catch(async (error: unknown) => {
  if (!(error instanceof BotIdentityError)) throw error;
  logger.fatal({ apiRoot: config.TELEGRAM_API_ROOT }, error.message);
  await db.$disconnect();
  process.exit(1);
});
const profileFailures = await setDefaultCommandMenus(bot.telegram, translator, config.DEFAULT_LOCALE);
if (profileFailures.length > 0) logger.warn({ failed: profileFailures }, "could not set the bot's profile and menus");

// The "announcement-progress" job runs each minute and whenever the sender has recorded outcomes.
const progress = createAnnouncementProgressJob({
  db,
  show: createProgressMessage({
    db,
    telegram: bot.telegram,
    translator,
    defaultLocale: config.DEFAULT_LOCALE,
    logger: logger.child({ component: "announcement-progress" }),
    encodeAction: encodeMessageAction,
  }),
  notify: outbox.notify,
  clock: systemClock,
  logger: logger.child({ component: "announcement-progress" }),
  // Among replicas one edits the progress messages; another takes over 10 s after it stops.
  editorLease: replicated
    ? () =>
        holdStandingLease(db, {
          name: "announcement-progress-editor",
          holder: claimant,
          now: systemClock(),
          ttlMs: 10_000,
        })
    : undefined,
});

const sender = createOutboxSender({
  db,
  telegram: bot.telegram,
  logger: logger.child({ component: "outbox" }),
  clock: systemClock,
  render: createOutboxRenderer({
    db,
    translator,
    defaultLocale: config.DEFAULT_LOCALE,
    timeZone: config.APP_TIMEZONE,
    encodeAction: encodeMessageAction,
    menuCommands: createMenuCommands(db, translator),
  }),
  onSettled: progress.wake,
  onOutcome: (_message, outcome) => metrics.observer.messageSettled(outcome),
  onSendTime: metrics.observer.sendTimed,
  claimant,
  limits: { globalPerSecond: config.OUTBOX_GLOBAL_PER_SECOND },
  claimLeaseMs: config.OUTBOX_CLAIM_LEASE_MS,
  // SQLite: the bot lock is held, no other sender runs on this file. PostgreSQL: replicas may share the
  // database, so only expired claims are taken over, and Telegram's global limit is shared through it.
  exclusive: !replicated,
  sharedBudget: replicated,
});
late.sender = sender;
await sender.start();
// Broadcasts a crash interrupted are shown and completed at once, not at the next minute.
progress.wake();

const scheduler = createScheduler({
  jobs: createJobs({
    db,
    timeZone: config.APP_TIMEZONE,
    translator,
    defaultLocale: config.DEFAULT_LOCALE,
    notify: outbox.notify,
    announcementProgress: progress,
  }),
  timeZone: config.APP_TIMEZONE,
  clock: systemClock,
  logger,
  observer: metrics.observer,
  leases: createJobLeases({ db, holder: claimant, clock: systemClock }),
});
scheduler.start();

const health = createHealthCheck({
  db,
  clock: systemClock,
  senderFailing: sender.failing,
  replica,
  overdueMs: healthOverdueMs,
});
// In polling mode PORT is optional and serves only GET /healthz and /metrics.
const healthServer =
  config.BOT_MODE === "polling" && config.PORT
    ? await startHealthServer({ port: config.PORT, health, metrics, logger })
    : undefined;
const runtime: Runtime =
  config.BOT_MODE === "webhook"
    ? await startWebhook(bot, logger, {
        port: config.PORT!,
        url: config.WEBHOOK_URL!,
        secret: config.WEBHOOK_SECRET!,
        health,
        metrics,
      })
    : await startPolling(bot, logger, {
        onStopped: (error) => {
          logger.fatal({ err: error instanceof PollingConflictError ? undefined : error }, error.message);
          void shutdown("polling stopped", error instanceof PollingConflictError ? pollingConflictExitCode : 1);
        },
      });
logger.info({ mode: config.BOT_MODE, username: bot.botInfo.username }, "bot started");

const shutdownGraceMs = 10_000;
let stopping = false;
async function shutdown(signal: string, exitCode = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, "shutting down");
  // A stop that hangs (a request Telegram never answers, a database that never returns) must not keep the
  // process alive: SIGTERM is honoured within seconds, whatever is still pending.
  setTimeout(() => {
    logger.error({ signal, graceMs: shutdownGraceMs }, "shutdown took too long, exiting anyway");
    process.exit(1);
  }, shutdownGraceMs).unref();
  await runtime.stop(signal);
  await healthServer?.stop();
  await scheduler.stop();
  await progress.stop();
  await sender.stop();
  await db.$disconnect();
  lock.release();
  logger.info("stopped");
  process.exit(exitCode);
}
process.once("SIGTERM", () => void shutdown("SIGTERM"));
process.once("SIGINT", () => void shutdown("SIGINT"));
