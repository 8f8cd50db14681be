// What the bot, the scheduler and the outbox sender report as they work. The composition root passes the
// Prometheus-backed one (create-metrics.ts); tests and the CLI pass nothing.
export type UpdateOutcome = "handled" | "failed";
export type JobOutcome = "done" | "failed";

export type Observer = {
  updateHandled: (outcome: UpdateOutcome, seconds: number) => void;
  jobRan: (job: string, outcome: JobOutcome, seconds: number) => void;
  // outcome: "sent", or what the failure was recorded as (retry, failed, unreachable…)
  messageSettled: (outcome: string) => void;
  // Bot API time of one outbox send, whatever its outcome.
  sendTimed: (seconds: number) => void;
};
