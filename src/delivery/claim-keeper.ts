import type { Db } from "../db/create-database.js";
import type { Clock } from "../domain/clock.js";
import { extendClaims } from "../domain/delivery/extend-claims.js";
import { recoverInterruptedSends } from "../domain/delivery/recover-interrupted-sends.js";
import type { Logger } from "../logger.js";
import { FailureStreak } from "./failure-streak.js";

export type ClaimKeeperOptions = {
  db: Db;
  clock: Clock;
  logger: Logger;
  claimant: string;
  leaseMs: number;
  // Rows of a dead replica went back to the queue: look for them now.
  onTakenOver: () => void;
};

// Every quarter lease: this replica's own "sending" rows are extended (a send that is slow to answer, or a
// flush that waits, never loses its claim while the process lives), and rows whose claim has expired — their
// replica was killed or lost the database — go back to the queue for one more attempt.
export class ClaimKeeper {
  private timer: NodeJS.Timeout | undefined;
  private beat: Promise<void> | undefined;
  private readonly streak: FailureStreak;

  constructor(private readonly options: ClaimKeeperOptions) {
    this.streak = new FailureStreak({ logger: options.logger, message: "could not keep the outbox claims" });
  }

  get claimant(): string {
    return this.options.claimant;
  }

  // When a claim taken now expires.
  until(): Date {
    return new Date(this.options.clock().getTime() + this.options.leaseMs);
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.keep(), Math.max(10, Math.floor(this.options.leaseMs / 4)));
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    this.timer = undefined;
    await this.beat;
  }

  keep(): Promise<void> {
    this.beat ??= this.run().finally(() => (this.beat = undefined));
    return this.beat;
  }

  private async run(): Promise<void> {
    const { db, clock, claimant, logger } = this.options;
    try {
      await extendClaims(db, { claimant, until: this.until() });
      const recovered = await recoverInterruptedSends(db, { now: clock() });
      this.streak.succeed();
      if (recovered.retried + recovered.failed === 0) return;
      logger.warn(recovered, "took over sends whose replica stopped extending its claims");
      this.options.onTakenOver();
    } catch (error) {
      this.streak.fail(error);
    }
  }
}
