import { describe, expect, test } from "vitest";
import { RateLimiter } from "../../src/delivery/rate-limiter.js";

describe("rate limiter", () => {
  const limiter = () => new RateLimiter({ globalPerSecond: 3, privatePerSecond: 1, groupPerMinute: 2 });

  test("one message per second into a private chat, counted from the answer", () => {
    const l = limiter();
    expect(l.waitMs(10n, 0)).toBe(0);
    const ticket = l.record(10n);
    // In flight: Telegram may not have counted it yet, so the chat waits.
    expect(l.waitMs(10n, 5_000)).toBeGreaterThan(0);
    ticket.settle(100);
    expect(l.waitMs(10n, 400)).toBe(700);
    expect(l.waitMs(11n, 400)).toBe(0);
    expect(l.waitMs(10n, 1100)).toBe(0);
  });

  test("a group allows its quota per minute", () => {
    const l = limiter();
    l.record(-100n).settle(0);
    l.record(-100n).settle(10);
    expect(l.waitMs(-100n, 5_000)).toBe(55_000);
    expect(l.waitMs(-100n, 59_999)).toBe(1);
    expect(l.waitMs(-100n, 60_000)).toBe(0);
  });

  test("the global limit holds across chats", () => {
    const l = limiter();
    l.record(1n).settle(0);
    l.record(2n).settle(100);
    l.record(3n).settle(200);
    expect(l.globalWaitMs(300)).toBe(700);
    expect(l.waitMs(4n, 300)).toBe(700);
    expect(l.waitMs(4n, 1000)).toBe(0);
  });
});
