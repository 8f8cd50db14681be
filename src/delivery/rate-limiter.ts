// Telegram's limits: ~30 messages/s overall, ~1/s into one private chat, 20/min into one group.
// Telegram counts when a message arrives, which is somewhere between our request and its answer. So a
// send counts from the moment it leaves until `span` after its answer: in flight it never expires.
export type RateLimits = { globalPerSecond: number; privatePerSecond: number; groupPerMinute: number };

export const telegramLimits: RateLimits = { globalPerSecond: 30, privatePerSecond: 1, groupPerMinute: 20 };

type Slot = { until: number };

export type SendTicket = { settle: (answeredAt: number) => void };

export class RateLimiter {
  private global: Slot[] = [];
  private readonly perChat = new Map<string, Slot[]>();

  constructor(private readonly limits: RateLimits) {}

  private window(chatId: bigint): { span: number; max: number } {
    return chatId < 0n ? { span: 60_000, max: this.limits.groupPerMinute } : { span: 1000, max: this.limits.privatePerSecond };
  }

  // Slots hold the instant they stop counting (answer + span); Infinity while the request is in flight.
  private static waitFor(slots: Slot[], max: number, now: number): number {
    const live = slots.filter((slot) => slot.until > now);
    slots.splice(0, slots.length, ...live);
    if (live.length < max) return 0;
    const next = Math.min(...live.map((slot) => slot.until));
    return Number.isFinite(next) ? next - now : 10;
  }

  waitMs(chatId: bigint, now: number): number {
    const { max } = this.window(chatId);
    return Math.max(this.globalWaitMs(now), RateLimiter.waitFor(this.perChat.get(String(chatId)) ?? [], max, now));
  }

  globalWaitMs(now: number): number {
    return RateLimiter.waitFor(this.global, this.limits.globalPerSecond, now);
  }

  record(chatId: bigint): SendTicket {
    const { span } = this.window(chatId);
    const key = String(chatId);
    const globalSlot: Slot = { until: Infinity };
    const chatSlot: Slot = { until: Infinity };
    this.global.push(globalSlot);
    const slots = this.perChat.get(key) ?? [];
    slots.push(chatSlot);
    this.perChat.set(key, slots);
    if (this.perChat.size > 50_000) this.prune();
    return {
      settle: (answeredAt) => {
        globalSlot.until = answeredAt + 1000;
        chatSlot.until = answeredAt + span;
      },
    };
  }

  private prune(): void {
    const now = performance.now();
    for (const [key, slots] of this.perChat) if (slots.every((slot) => slot.until <= now)) this.perChat.delete(key);
  }
}
