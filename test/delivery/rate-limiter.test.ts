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

  test("an isolated 429 holds back only its chat", () => {
    const l = limiter();
    l.record(10n).settle(0);
    expect(l.throttled(10n, 2000, 100)).toBe("chat");
    expect(l.chatWaitMs(10n, 600)).toBe(1500);
    expect(l.chatWaitMs(11n, 600)).toBe(0);
    expect(l.globalWaitMs(600)).toBe(0);
    expect(l.chatWaitMs(10n, 2100)).toBe(0);
  });

  test("429s from three chats that are a real share of the answers pause everything, then the rate climbs back", () => {
    const l = new RateLimiter({ globalPerSecond: 40, privatePerSecond: 1, groupPerMinute: 20 });
    for (const chat of [1n, 2n, 3n, 4n]) l.record(chat).settle(0);
    expect(l.throttled(1n, 1000, 10)).toBe("chat");
    expect(l.throttled(2n, 3000, 20)).toBe("chat");
    expect(l.throttled(3n, 1000, 30)).toBe("all");
    // Paused for the largest retry_after seen.
    expect(l.pauseMs(30)).toBe(3000);
    expect(l.room(1000)).toBe(0);
    expect(l.waitMs(5n, 1000)).toBe(2030);
    // Then half the rate, plus a tenth of the configured rate each second.
    expect(l.globalPerSecond(3030)).toBe(20);
    expect(l.room(3030)).toBe(20);
    expect(l.globalPerSecond(4030)).toBe(24);
    expect(l.globalPerSecond(6500)).toBe(32);
    expect(l.globalPerSecond(60_000)).toBe(40);
  });

  test("429s scattered over many answers are not a burst", () => {
    const l = new RateLimiter({ globalPerSecond: 1000, privatePerSecond: 1, groupPerMinute: 20 });
    for (let i = 0; i < 1000; i++) l.record(BigInt(100 + i)).settle(i);
    // 1% of the answers, each from a different chat.
    for (let i = 0; i < 10; i++) expect(l.throttled(BigInt(100 + i * 100), 1000, 1000 + i)).toBe("chat");
    expect(l.pauseMs(1010)).toBe(0);
    expect(l.globalPerSecond(1010)).toBe(1000);
  });
});
