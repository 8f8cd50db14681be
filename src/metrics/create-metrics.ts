import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import type { Observer } from "./observer.js";

export type OutboxGauges = () => Promise<{ due: number; overdue: number }>;

export type Metrics = { observer: Observer; contentType: string; render: () => Promise<string> };

// GET /metrics in Prometheus' text format: process figures (prom-client's defaults), updates, jobs, sends, and the
// outbox backlog read from the database at scrape time (so every replica reports the shared queue).
export function createMetrics(options: { outbox: OutboxGauges }): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: "khoi_" });
  const updates = new Counter({
    name: "khoi_updates_total",
    help: "Telegram updates taken through the bot, by outcome",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const updateSeconds = new Histogram({
    name: "khoi_update_seconds",
    help: "Time to handle one update",
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const jobRuns = new Counter({
    name: "khoi_job_runs_total",
    help: "Scheduled job runs, by job and outcome",
    labelNames: ["job", "outcome"],
    registers: [registry],
  });
  const sends = new Counter({
    name: "khoi_outbox_sends_total",
    help: "Outbox messages settled, by outcome (sent, or how the failure was recorded)",
    labelNames: ["outcome"],
    registers: [registry],
  });
  const sendSeconds = new Histogram({
    name: "khoi_outbox_send_seconds",
    help: "Bot API latency of one outbox send",
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const read = { last: undefined as Promise<{ due: number; overdue: number }> | undefined };
  const backlog = () => (read.last ??= options.outbox().finally(() => (read.last = undefined)));
  new Gauge({
    name: "khoi_outbox_due",
    help: "Outbox rows due now (pending or retrying)",
    registers: [registry],
    async collect() {
      this.set((await backlog()).due);
    },
  });
  new Gauge({
    name: "khoi_outbox_overdue",
    help: "Outbox rows due for longer than the health check allows",
    registers: [registry],
    async collect() {
      this.set((await backlog()).overdue);
    },
  });
  return {
    contentType: registry.contentType,
    render: () => registry.metrics(),
    observer: {
      updateHandled: (outcome, seconds) => {
        updates.inc({ outcome });
        updateSeconds.observe(seconds);
      },
      jobRan: (job, outcome) => jobRuns.inc({ job, outcome }),
      messageSettled: (outcome) => sends.inc({ outcome }),
      sendTimed: (seconds) => sendSeconds.observe(seconds),
    },
  };
}
