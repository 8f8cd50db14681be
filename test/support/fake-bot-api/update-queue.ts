import { ApiError } from "./api-error.js";
import type { FakeUpdate, PartialUpdate } from "./types.js";

export type PollRequest = {
  offset?: number;
  limit?: number;
  timeoutSeconds?: number;
  allowedUpdates?: readonly string[];
};

// What Telegram sends when allowed_updates is empty: everything but these.
const NOT_BY_DEFAULT = new Set(["chat_member", "message_reaction", "message_reaction_count"]);

type Waiter = { wake: () => void; fail: (error: ApiError) => void };

/**
 * Telegram's getUpdates queue: an update stays until a getUpdates call's offset passes it, so anything a bot
 * fetched but did not confirm comes again.
 */
export class UpdateQueue {
  private queue: FakeUpdate[] = [];
  private lastId = 100_000;
  private allowed: Set<string> | undefined;
  private waiter: Waiter | undefined;
  private stopped = false;

  push(partial: PartialUpdate): FakeUpdate {
    const update: FakeUpdate = { ...partial, update_id: partial.update_id ?? this.lastId + 1 };
    this.lastId = Math.max(this.lastId, update.update_id);
    const at = this.queue.findIndex((u) => u.update_id > update.update_id);
    if (at === -1) this.queue.push(update);
    else this.queue.splice(at, 0, update);
    // Woken in a microtask, so updates pushed in one go come back in one answer.
    const waiter = this.waiter;
    if (waiter) queueMicrotask(() => waiter.wake());
    return update;
  }

  pending(): FakeUpdate[] {
    return [...this.queue];
  }

  /** Whether a getUpdates call is waiting for updates right now. */
  isWaiting(): boolean {
    return this.waiter !== undefined;
  }

  clear(): void {
    this.queue = [];
  }

  async poll(request: PollRequest, signal: AbortSignal): Promise<FakeUpdate[]> {
    // Telegram answers an older, still waiting getUpdates with 409 when another one arrives.
    this.waiter?.fail(
      new ApiError(
        409,
        "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running",
      ),
    );
    if (request.allowedUpdates !== undefined) {
      this.allowed = request.allowedUpdates.length === 0 ? undefined : new Set(request.allowedUpdates);
    }
    this.confirm(request.offset ?? 0);
    const limit = Math.min(Math.max(request.limit ?? 100, 1), 100);
    const available = () => this.queue.filter((u) => this.isAllowed(u)).slice(0, limit);

    const now = available();
    const timeoutMs = Math.max(request.timeoutSeconds ?? 0, 0) * 1000;
    if (now.length > 0 || timeoutMs === 0 || this.stopped || signal.aborted) return now;

    return await new Promise<FakeUpdate[]>((resolve, reject) => {
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        signal.removeEventListener("abort", onAbort);
        if (this.waiter === waiter) this.waiter = undefined;
        settle();
      };
      const onAbort = () => finish(() => resolve([]));
      const waiter: Waiter = {
        wake: () => {
          const ready = available();
          if (ready.length > 0 || this.stopped) finish(() => resolve(ready));
        },
        fail: (error) => finish(() => reject(error)),
      };
      const timer = setTimeout(() => finish(() => resolve(available())), timeoutMs);
      signal.addEventListener("abort", onAbort);
      this.waiter = waiter;
    });
  }

  /** Ends a waiting long poll with whatever is there (usually nothing) and answers later ones at once. */
  stop(): void {
    this.stopped = true;
    this.waiter?.wake();
  }

  private confirm(offset: number): void {
    if (offset > 0) this.queue = this.queue.filter((u) => u.update_id >= offset);
    // A negative offset keeps only the last -offset updates and forgets the rest.
    else if (offset < 0) this.queue = this.queue.slice(offset);
  }

  private isAllowed(update: FakeUpdate): boolean {
    const type = Object.keys(update).find((key) => key !== "update_id");
    if (type === undefined) return true;
    return this.allowed ? this.allowed.has(type) : !NOT_BY_DEFAULT.has(type);
  }
}
