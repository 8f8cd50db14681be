import { performance } from "node:perf_hooks";
import type { Logger } from "../logger.js";

export type FailureStreakOptions = {
  logger: Logger;
  // The log line, the same for every attempt so that one search finds them all.
  message: string;
  baseMs?: number;
  capMs?: number;
  logEveryMs?: number;
};

// A persistent failure (a full disk, a read-only database) repeats at every attempt. Retrying at once turned one
// such failure into 1.59 million log lines in six minutes and a loop that never let SIGTERM through; so attempts
// are spaced out (doubling up to a cap) and the failure is logged once, then once per interval with a count.
export class FailureStreak {
  private failures = 0;
  private unlogged = 0;
  private lastLoggedAt = -Infinity;
  private readonly baseMs: number;
  private readonly capMs: number;
  private readonly logEveryMs: number;

  constructor(private readonly options: FailureStreakOptions) {
    this.baseMs = options.baseMs ?? 500;
    this.capMs = options.capMs ?? 30_000;
    this.logEveryMs = options.logEveryMs ?? 60_000;
  }

  get failing(): boolean {
    return this.failures > 0;
  }

  // Records one failed attempt; returns how long to wait before the next.
  fail(error: unknown, fields: Record<string, unknown> = {}): number {
    this.failures++;
    this.unlogged++;
    const now = performance.now();
    if (now - this.lastLoggedAt >= this.logEveryMs) {
      const delayMs = this.delayMs();
      this.options.logger.error(
        { err: error, ...fields, failures: this.failures, sinceLastLine: this.unlogged, nextAttemptMs: delayMs },
        this.options.message,
      );
      this.lastLoggedAt = now;
      this.unlogged = 0;
    }
    return this.delayMs();
  }

  succeed(): void {
    if (this.failures === 0) return;
    this.options.logger.info({ failures: this.failures }, `${this.options.message}: recovered`);
    this.failures = 0;
    this.unlogged = 0;
    this.lastLoggedAt = -Infinity;
  }

  private delayMs(): number {
    return Math.min(this.capMs, this.baseMs * 2 ** Math.min(30, this.failures - 1));
  }
}
