// Telegram's limits: ~30 messages/s overall, ~1/s into one private chat, 20/min into one group.
// Telegram counts when a message arrives, which is somewhere between our request and its answer. So a
// send counts from the moment it leaves until `span` after its answer: in flight it never expires.
export type RateLimits = { globalPerSecond: number; privatePerSecond: number; groupPerMinute: number };

export const telegramLimits: RateLimits = { globalPerSecond: 30, privatePerSecond: 1, groupPerMinute: 20 };

// What to do about 429s (see `throttled`).
export type ThrottlePolicy = {
  // How far back 429s and answers are looked at to tell a burst from an isolated refusal.
  windowMs: number;
  // A burst needs 429s from at least this many different chats …
  burstChats: number;
  // … that are at least this share of all answers in the window.
  burstShare: number;
};

export const defaultThrottlePolicy: ThrottlePolicy = { windowMs: 5000, burstChats: 3, burstShare: 0.1 };

export type ThrottleScope = "chat" | "all";

type Slot = { until: number };

// `refused`: Telegram answered 429, so the message was not delivered and does not count toward the global rate.
// (If Telegram counted refusals after all, the sender would overshoot by the share of 429s, which draws more of
// them: a burst, and the pause below.) The chat is held for retry_after anyway.
export type SendTicket = { settle: (answeredAt: number, outcome?: { refused: boolean }) => void };

const answerBucketMs = 100;

export class RateLimiter {
  private global: Slot[] = [];
  private readonly perChat = new Map<string, Slot[]>();
  // Chats that answered 429: nothing goes to them before retry_after has passed.
  private readonly holds = new Map<string, number>();
  private pausedUntil = 0;
  // The global rate in force: the configured one, or less while recovering from a burst of 429s.
  private ceiling: number;
  private raisedAt = 0;
  private refusals: { at: number; chat: string; retryAfterMs: number }[] = [];
  // Answers per 100 ms bucket, for the share of 429s; [bucket start, count], oldest first.
  private answers: [number, number][] = [];
  private readonly policy: ThrottlePolicy;

  constructor(
    private readonly limits: RateLimits,
    policy: Partial<ThrottlePolicy> = {},
  ) {
    this.policy = { ...defaultThrottlePolicy, ...policy };
    this.ceiling = limits.globalPerSecond;
  }

  private window(chatId: bigint): { span: number; max: number } {
    return chatId < 0n
      ? { span: 60_000, max: this.limits.groupPerMinute }
      : { span: 1000, max: this.limits.privatePerSecond };
  }

  // Slots hold the instant they stop counting (answer + span); Infinity while the request is in flight.
  // Returns how long until `count` more sends fit under `max`; 10 ms (poll) when that depends on an answer
  // still awaited.
  private static waitFor(slots: Slot[], max: number, now: number, count = 1): number {
    const live = slots.filter((slot) => slot.until > now);
    slots.splice(0, slots.length, ...live);
    const wanted = Math.min(count, max);
    if (live.length + wanted <= max) return 0;
    const untils = live.map((slot) => slot.until).sort((a, b) => a - b);
    const next = untils[live.length + wanted - max - 1]!;
    return Number.isFinite(next) ? next - now : 10;
  }

  // The global rate now: after a burst it climbs back by a tenth of the configured rate per second.
  globalPerSecond(now: number): number {
    const full = this.limits.globalPerSecond;
    if (this.ceiling < full && now >= this.raisedAt + 1000) {
      const steps = Math.floor((now - this.raisedAt) / 1000);
      this.ceiling = Math.min(full, this.ceiling + steps * Math.max(1, Math.ceil(full / 10)));
      this.raisedAt += steps * 1000;
    }
    return this.ceiling;
  }

  pauseMs(now: number): number {
    return Math.max(0, this.pausedUntil - now);
  }

  // How long a message to this chat must wait, the global limit included.
  waitMs(chatId: bigint, now: number): number {
    return Math.max(this.globalWaitMs(now), this.chatWaitMs(chatId, now));
  }

  // The chat's own limit and any 429 it answered.
  chatWaitMs(chatId: bigint, now: number): number {
    const key = String(chatId);
    const { max } = this.window(chatId);
    let held = 0;
    const until = this.holds.get(key);
    if (until !== undefined) {
      if (until > now) held = until - now;
      else this.holds.delete(key);
    }
    return Math.max(held, RateLimiter.waitFor(this.perChat.get(key) ?? [], max, now));
  }

  // How long until `count` sends may leave (at most the current global rate).
  globalWaitMs(now: number, count = 1): number {
    const paused = this.pauseMs(now);
    if (paused > 0) return paused;
    return RateLimiter.waitFor(this.global, this.globalPerSecond(now), now, count);
  }

  // How many sends may leave now as far as the global limit goes (0 while paused).
  room(now: number): number {
    if (this.pauseMs(now) > 0) return 0;
    this.global = this.global.filter((slot) => slot.until > now);
    return Math.max(0, this.globalPerSecond(now) - this.global.length);
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
      settle: (answeredAt, outcome) => {
        globalSlot.until = outcome?.refused ? answeredAt : answeredAt + 1000;
        chatSlot.until = answeredAt + span;
        this.countAnswer(answeredAt);
      },
    };
  }

  // Telegram answered 429 for this chat. Why not simply pause everything, as Telegram's docs suggest: a 429
  // can be about one chat (too fast into it) or about the whole bot (the global flood limit). Pausing every
  // chat for one chat's 429 costs a whole broadcast retry_after seconds per refusal; at 1,000/s with 1% of
  // answers 429 the sender would stand still most of the time. So:
  // - an isolated 429 holds back only its chat until retry_after has passed;
  // - a burst — 429s from several chats that are a real share of recent answers, which is what the global
  //   limit looks like — pauses everything for the largest retry_after seen, then resumes at half the rate,
  //   climbing back by a tenth of the configured rate per second (additive increase, as TCP does).
  // The share matters: at 1,000/s a scattered 1% is ten 429s from ten chats every second, not a burst.
  throttled(chatId: bigint, retryAfterMs: number, now: number): ThrottleScope {
    const chat = String(chatId);
    this.holds.set(chat, Math.max(this.holds.get(chat) ?? 0, now + retryAfterMs));
    // 429s answering requests sent before the pause began are part of the burst already acted on.
    if (this.pausedUntil > now) {
      this.pausedUntil = Math.max(this.pausedUntil, now + retryAfterMs);
      this.raisedAt = this.pausedUntil;
      return "all";
    }
    const since = now - this.policy.windowMs;
    this.refusals = this.refusals.filter((refusal) => refusal.at > since);
    this.refusals.push({ at: now, chat, retryAfterMs });
    const chats = new Set(this.refusals.map((refusal) => refusal.chat)).size;
    if (chats < this.policy.burstChats || this.refusals.length < this.policy.burstShare * this.answersSince(since))
      return "chat";
    this.pausedUntil = now + Math.max(...this.refusals.map((refusal) => refusal.retryAfterMs));
    this.ceiling = Math.max(1, Math.floor(this.globalPerSecond(now) / 2));
    this.raisedAt = this.pausedUntil;
    // A later burst needs fresh evidence.
    this.refusals = [];
    return "all";
  }

  private countAnswer(at: number): void {
    const bucket = at - (at % answerBucketMs);
    const last = this.answers[this.answers.length - 1];
    if (last && last[0] === bucket) last[1]++;
    else this.answers.push([bucket, 1]);
    const since = at - this.policy.windowMs - answerBucketMs;
    while (this.answers.length > 0 && this.answers[0]![0] < since) this.answers.shift();
  }

  private answersSince(since: number): number {
    let count = 0;
    for (const [bucket, n] of this.answers) if (bucket + answerBucketMs > since) count += n;
    return count;
  }

  private prune(): void {
    const now = performance.now();
    for (const [key, slots] of this.perChat) if (slots.every((slot) => slot.until <= now)) this.perChat.delete(key);
  }
}
