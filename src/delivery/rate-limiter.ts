// Telegram's limits: ~30 messages/s overall, ~1/s into one private chat, 20/min into one group.
// Sliding windows of recent send times; `waitMs` says how long until a send to this chat is allowed.
export type RateLimits = { globalPerSecond: number; privatePerSecond: number; groupPerMinute: number };

export const telegramLimits: RateLimits = { globalPerSecond: 30, privatePerSecond: 1, groupPerMinute: 20 };

export class RateLimiter {
  private readonly global: number[] = [];
  private readonly perChat = new Map<string, number[]>();

  constructor(private readonly limits: RateLimits) {}

  private window(chatId: bigint): { span: number; max: number } {
    return chatId < 0n ? { span: 60_000, max: this.limits.groupPerMinute } : { span: 1000, max: this.limits.privatePerSecond };
  }

  private static waitFor(times: number[], span: number, max: number, now: number): number {
    while (times.length > 0 && times[0]! <= now - span) times.shift();
    return times.length < max ? 0 : times[0]! + span - now;
  }

  waitMs(chatId: bigint, now: number): number {
    const { span, max } = this.window(chatId);
    const chat = this.perChat.get(String(chatId)) ?? [];
    return Math.max(RateLimiter.waitFor(this.global, 1000, this.limits.globalPerSecond, now), RateLimiter.waitFor(chat, span, max, now));
  }

  globalWaitMs(now: number): number {
    return RateLimiter.waitFor(this.global, 1000, this.limits.globalPerSecond, now);
  }

  record(chatId: bigint, now: number): void {
    this.global.push(now);
    const key = String(chatId);
    const times = this.perChat.get(key) ?? [];
    times.push(now);
    this.perChat.set(key, times);
    if (this.perChat.size > 50_000) this.prune(now);
  }

  private prune(now: number): void {
    for (const [key, times] of this.perChat) if (times.every((t) => t <= now - 60_000)) this.perChat.delete(key);
  }
}
