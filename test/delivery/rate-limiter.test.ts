import { describe, expect, test } from "vitest";
import { RateLimiter } from "../../src/delivery/rate-limiter.js";

describe("rate limiter", () => {
  const limiter = () => new RateLimiter({ globalPerSecond: 3, privatePerSecond: 1, groupPerMinute: 2 });

  test("one message per second into a private chat", () => {
    const l = limiter();
    expect(l.waitMs(10n, 0)).toBe(0);
    l.record(10n, 0);
    expect(l.waitMs(10n, 400)).toBe(600);
    expect(l.waitMs(11n, 400)).toBe(0);
    expect(l.waitMs(10n, 1000)).toBe(0);
  });

  test("a group allows its quota per minute", () => {
    const l = limiter();
    l.record(-100n, 0);
    l.record(-100n, 10);
    expect(l.waitMs(-100n, 5_000)).toBe(55_000);
    expect(l.waitMs(-100n, 59_999)).toBe(1);
    expect(l.waitMs(-100n, 60_000)).toBe(0);
  });

  test("the global limit holds across chats", () => {
    const l = limiter();
    l.record(1n, 0);
    l.record(2n, 100);
    l.record(3n, 200);
    expect(l.globalWaitMs(300)).toBe(700);
    expect(l.waitMs(4n, 300)).toBe(700);
    expect(l.waitMs(4n, 1000)).toBe(0);
  });
});
