// GET /metrics as Prometheus scrapes it from the webhook server: updates by outcome (a handler failure counted
// apart), job runs by job and outcome, sends and their latency, and the outbox backlog read at scrape time.
import { afterAll, beforeAll, expect, test } from "vitest";
import { measureOutboxBacklog } from "../../src/domain/delivery/measure-outbox-backlog.js";
import { createLogger } from "../../src/logger.js";
import { createMetrics, type Metrics } from "../../src/metrics/create-metrics.js";
import { createHealthCheck } from "../../src/runtime/check-health.js";
import type { Runtime } from "../../src/runtime/start-polling.js";
import { startWebhook } from "../../src/runtime/start-webhook.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { freePort } from "../e2e/processes.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let h: BotHarness;
let metrics: Metrics;
let runtime: Runtime;
let base: string;
const silent = createLogger({ level: "silent", pretty: false });

beforeAll(async () => {
  t = await createTestDb();
  metrics = createMetrics({
    outbox: () => measureOutboxBacklog(t.db, { now: new Date(), overdueMs: 15 * 60_000 }),
  });
  h = createBotHarness({ db: t.db, observer: metrics.observer });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  runtime = await startWebhook(h.bot, silent, {
    port,
    url: "https://bot.example.vn/telegram/hook",
    secret: "webhook-secret-0123456789",
    health: createHealthCheck({ db: t.db, clock: () => new Date() }),
    metrics,
  });
});
afterAll(async () => {
  await runtime.stop("test");
  await t.close();
});

async function scrape(): Promise<string> {
  const response = await fetch(`${base}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return response.text();
}
const sample = (text: string, series: string) =>
  Number(
    text
      .split("\n")
      .find((line) => line.startsWith(`${series} `))
      ?.slice(series.length + 1),
  );

test("updates are counted by outcome and timed", async () => {
  const user = makeUser("Metrics", "en");
  await h.text(user, "/help");
  await h.text(user, "/help");
  h.clock.failNext = true;
  await h.text(user, "/help");
  const text = await scrape();
  expect(sample(text, 'khoi_updates_total{outcome="handled"}')).toBe(2);
  expect(sample(text, 'khoi_updates_total{outcome="failed"}')).toBe(1);
  expect(sample(text, "khoi_update_seconds_count")).toBe(3);
  expect(text).toContain("# TYPE khoi_process_resident_memory_bytes gauge");
});

test("the outbox backlog is read from the database at each scrape", async () => {
  expect(sample(await scrape(), "khoi_outbox_due")).toBe(0);
  const late = new Date(Date.now() - 30 * 60_000);
  await t.db.outboxMessage.create({
    data: { key: "metrics|chat:1", intentId: "metrics", chatId: 1n, text: "x", nextAttemptAt: late },
  });
  const text = await scrape();
  expect(sample(text, "khoi_outbox_due")).toBe(1);
  expect(sample(text, "khoi_outbox_overdue")).toBe(1);
  await t.db.outboxMessage.deleteMany({ where: { intentId: "metrics" } });
});

test("job runs are counted per job and outcome", async () => {
  const scheduler = createScheduler({
    jobs: [
      { name: "fine", schedule: "* * * * *", run: async () => ({ done: 1 }) },
      {
        name: "broken",
        schedule: "* * * * *",
        run: async () => {
          throw new Error("no");
        },
      },
    ],
    timeZone: "Asia/Ho_Chi_Minh",
    clock: () => new Date(),
    logger: silent,
    retry: { attempts: 1 },
    observer: metrics.observer,
  });
  await scheduler.runAll(new Date());
  const text = await scrape();
  expect(sample(text, 'khoi_job_runs_total{job="fine",outcome="done"}')).toBe(1);
  expect(sample(text, 'khoi_job_runs_total{job="broken",outcome="failed"}')).toBe(1);
});

test("sends are counted by outcome, with their Bot API latency", async () => {
  metrics.observer.messageSettled("sent");
  metrics.observer.messageSettled("unreachable");
  metrics.observer.sendTimed(0.2);
  const text = await scrape();
  expect(sample(text, 'khoi_outbox_sends_total{outcome="sent"}')).toBe(1);
  expect(sample(text, 'khoi_outbox_sends_total{outcome="unreachable"}')).toBe(1);
  expect(sample(text, 'khoi_outbox_send_seconds_bucket{le="0.25"}')).toBe(1);
});
