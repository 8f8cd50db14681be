import { Telegram } from "telegraf";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createOutboxSender, type OutboxSenderOptions } from "../../src/delivery/outbox-sender.js";
import { createOutboxRenderer } from "../../src/delivery/create-outbox-renderer.js";
import { encodeMessageAction } from "../../src/bot/encode-message-action.js";
import { enqueueMessages, type OutgoingMessage } from "../../src/domain/delivery/enqueue-messages.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { maxInWindow, startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let api: FakeBotApi;
let seed: Awaited<ReturnType<typeof seedExampleBloc>>;
let intent = 0;

beforeAll(async () => {
  t = await createTestDb();
  api = await startFakeBotApi();
  seed = await seedExampleBloc(t.db);
});
afterAll(async () => {
  await api.stop();
  await t.close();
});
afterEach(async () => {
  api.clearFaults();
  await t.db.outboxMessage.deleteMany();
});

function sender(overrides: Partial<OutboxSenderOptions> = {}) {
  return createOutboxSender({
    db: t.db,
    telegram: new Telegram(api.token, { apiRoot: api.apiRoot }),
    logger: createLogger({ level: "silent", pretty: false }),
    clock: () => new Date(),
    render: createOutboxRenderer({
      db: t.db,
      translator: createTranslator({ fallbackLocale: "vi" }),
      defaultLocale: "vi",
      timeZone: "Asia/Ho_Chi_Minh",
      encodeAction: encodeMessageAction,
    }),
    idleMs: 20,
    backoff: { baseMs: 50, capMs: 400, maxAttempts: 4 },
    ...overrides,
  });
}

async function enqueue(messages: OutgoingMessage[], name = `intent-${++intent}`) {
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: name, messages, now: new Date() }));
  return name;
}
const toChats = (chatIds: number[], text = "Thông báo") =>
  chatIds.map((chatId, i) => ({ recipientKey: `chat:${chatId}:${i}`, chatId, text: `${text} ${i}` }));
const sentSince = (from: number) => api.sent().filter((s) => s.at >= from);

describe("limits, measured from the fake server's timestamps", () => {
  test("overall and per private chat", async () => {
    const from = performance.now();
    const chats = [9101, 9102, 9103];
    await enqueue(chats.flatMap((chatId) => toChats(Array(6).fill(chatId))));
    await sender({ limits: { globalPerSecond: 10, privatePerSecond: 3 } }).drain({ timeoutMs: 15_000 });
    expect(sentSince(from)).toHaveLength(18);
    expect(api.maxRate({ windowMs: 1000 })).toBeLessThanOrEqual(10);
    for (const chatId of chats) {
      expect(api.maxRate({ windowMs: 1000, chatId })).toBeLessThanOrEqual(3);
      // Order within a chat is kept.
      expect(api.sent(chatId).map((s) => s.text)).toEqual(Array.from({ length: 6 }, (_, i) => `Thông báo ${i}`));
    }
    expect(await t.db.outboxMessage.count({ where: { state: "sent" } })).toBe(18);
  });

  test("a group gets at most its quota per minute", async () => {
    await enqueue(toChats(Array(8).fill(-100777)));
    const s = sender({ limits: { groupPerMinute: 5 } });
    await s.start();
    await api.waitFor((c) => c.chatId === -100777 && c.outcome === "ok", 2000);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await s.stop();
    expect(api.sent(-100777)).toHaveLength(5);
    expect(await t.db.outboxMessage.count({ where: { state: "pending" } })).toBe(3);
  });
});

describe("errors", () => {
  test("an isolated 429 holds back only its chat, until retry_after has passed", async () => {
    api.fail({ method: "sendMessage", chatId: 9251, reply: { kind: "429", retryAfter: 1 } });
    const others = Array.from({ length: 9 }, (_, i) => 9252 + i);
    await enqueue([...toChats([9251, 9251]), ...toChats(others, "Tin")]);
    const from = performance.now();
    await sender({ limits: { globalPerSecond: 1000 }, concurrency: 1 }).drain();
    const refused = api.calls.find((c) => c.chatId === 9251 && c.errorCode === 429)!;
    const resent = api.sent(9251);
    // Telegram's wait is kept for that chat, and its later message does not overtake the refused one.
    expect(resent.map((s) => s.text)).toEqual(["Thông báo 0", "Thông báo 1"]);
    expect(resent[0]!.at - refused.at).toBeGreaterThanOrEqual(1000);
    // The other chats did not wait for it: all of them went out while it was held.
    const meanwhile = sentSince(from).filter((s) => s.chatId !== 9251 && s.at > refused.at && s.at < resent[0]!.at);
    expect(meanwhile.map((s) => s.chatId).sort()).toEqual(others);
    expect(sentSince(from)).toHaveLength(11);
  });

  test("a burst of 429s from several chats pauses everything for retry_after, then resumes at a reduced rate", async () => {
    for (const chatId of [9201, 9202, 9203])
      api.fail({ method: "sendMessage", chatId, reply: { kind: "429", retryAfter: 1 } });
    const chats = Array.from({ length: 30 }, (_, i) => 9201 + i);
    await enqueue(toChats(chats));
    const from = performance.now();
    await sender({ limits: { globalPerSecond: 20 }, concurrency: 1 }).drain();
    const refusals = api.calls.filter((c) => c.at >= from && c.errorCode === 429);
    expect(refusals.map((c) => c.chatId)).toEqual([9201, 9202, 9203]);
    // The third refusal makes it a burst (three chats, most of the recent answers).
    const burstAt = refusals[2]!.at;
    const after = sentSince(from).filter((s) => s.at > burstAt);
    // Nothing at all went out during the second Telegram asked for …
    expect(Math.min(...after.map((s) => s.at)) - burstAt).toBeGreaterThanOrEqual(1000);
    // … and the second after it carried at most half the configured rate.
    expect(after.filter((s) => s.at < burstAt + 2000).length).toBeLessThanOrEqual(10);
    expect(
      maxInWindow(
        sentSince(from).map((s) => s.at),
        1000,
      ),
    ).toBeLessThanOrEqual(20);
    for (const chatId of chats) expect(api.sent(chatId), `chat ${chatId}`).toHaveLength(1);
    expect(await t.db.outboxMessage.count({ where: { state: "sent" } })).toBe(30);
  });

  test("5xx and dropped connections back off exponentially, then succeed", async () => {
    api.fail({ method: "sendMessage", chatId: 9301, times: 2, reply: { kind: "5xx", status: 502 } });
    api.fail({ method: "sendMessage", chatId: 9302, reply: { kind: "drop" } });
    await enqueue(toChats([9301, 9302]));
    await sender({ limits: { privatePerSecond: 100 } }).drain();
    const attempts = api.calls.filter((c) => c.chatId === 9301 && c.method === "sendMessage").map((c) => c.at);
    expect(attempts).toHaveLength(3);
    // Backoff 50 ms then 100 ms, each ±20 %: a busy machine can only make the waits longer, so the lower bounds hold.
    expect(attempts[1]! - attempts[0]!).toBeGreaterThanOrEqual(50 * 0.8 - 2);
    expect(attempts[2]! - attempts[1]!).toBeGreaterThanOrEqual(100 * 0.8 - 2);
    expect(api.sent(9301)).toHaveLength(1);
    expect(api.sent(9302)).toHaveLength(1);
    const rows = await t.db.outboxMessage.findMany({ orderBy: { chatId: "desc" } });
    expect(rows.map((r) => [Number(r.chatId), r.state, r.attempts])).toEqual([
      [9302, "sent", 2],
      [9301, "sent", 3],
    ]);
  });

  test("a server error that never ends fails after the last attempt, with the reason kept", async () => {
    api.fail({ method: "sendMessage", chatId: 9351, times: Infinity, reply: { kind: "5xx", status: 503 } });
    await enqueue(toChats([9351]));
    await sender().drain();
    const row = await t.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ state: "failed", attempts: 4 });
    expect(row.lastError).toContain("503");
  });

  test("403 marks the person unreachable and tells the leader unit once", async () => {
    const leader = makeUser("Leader", "en");
    const blocked = makeUser("Blocked", "vi");
    for (const [user, code] of [
      [leader, "SVHTT"],
      [blocked, "SYT"],
    ] as const) {
      const person = await t.db.person.create({
        data: {
          telegramId: BigInt(user.id),
          chatId: BigInt(user.id),
          firstName: user.first_name,
          languageCode: user.language_code,
        },
      });
      await t.db.membership.create({
        data: { personId: person.id, blocId: seed.blocId, unitId: seed.unitId(code), role: "liaison" },
      });
    }
    const person = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(blocked.id) } });
    api.fail({ method: "sendMessage", chatId: blocked.id, times: Infinity, reply: { kind: "403" } });
    await enqueue([{ recipientKey: "a", chatId: blocked.id, personId: person.id, text: "một" }]);
    await enqueue([{ recipientKey: "b", chatId: blocked.id, personId: person.id, text: "hai" }]);
    await sender().drain();
    expect((await t.db.person.findUniqueOrThrow({ where: { id: person.id } })).reachable).toBe(false);
    expect((await t.db.outboxMessage.findMany({ where: { chatId: BigInt(blocked.id) } })).map((r) => r.state)).toEqual([
      "unreachable",
      "unreachable",
    ]);
    const notices = api.sent(leader.id);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.text).toContain("Messages to Blocked (Sở Y tế) cannot be delivered: they blocked the bot.");
  });

  test("a group upgraded to a supergroup: the message follows it to the new chat id", async () => {
    api.fail({ method: "sendMessage", chatId: -4001, reply: { kind: "migrate", migrateToChatId: -1004001 } });
    await enqueue(toChats([-4001, -4001]));
    await sender().drain();
    expect(api.sent(-1004001).map((s) => s.text)).toEqual(["Thông báo 0", "Thông báo 1"]);
    expect((await t.db.outboxMessage.findMany()).every((r) => r.chatId === -1004001n && r.state === "sent")).toBe(true);
  });

  test("any other 400 fails at once with the reason kept", async () => {
    api.fail({
      method: "sendMessage",
      chatId: 9401,
      reply: { kind: "400", description: "Bad Request: can't parse entities" },
    });
    await enqueue(toChats([9401]));
    await sender().drain();
    expect(await t.db.outboxMessage.findFirstOrThrow()).toMatchObject({
      state: "failed",
      attempts: 1,
      lastError: "400: Bad Request: can't parse entities",
    });
  });
});

test("a big broadcast does not starve a reminder written after it", async () => {
  await enqueue(toChats(Array.from({ length: 40 }, (_, i) => 9500 + i)), "broadcast");
  await enqueue([{ recipientKey: "r", chatId: 9600, text: "Nhắc hạn báo cáo" }], "reminder");
  const from = performance.now();
  await sender({ limits: { globalPerSecond: 1000 }, concurrency: 1, batchSize: 10 }).drain();
  const order = sentSince(from).map((s) => s.chatId);
  expect(order.indexOf(9600)).toBeLessThan(3);
});
