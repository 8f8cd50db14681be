// Two outbox senders on one SQLite file, each with its own connection and replica id, as two replicas on one
// database: every row leaves once, a dead replica's claims are taken over when they expire, a live one's slow
// sends are not, and a shared rate budget keeps both together under the global limit.
import { Telegram } from "telegraf";
import { afterAll, afterEach, beforeAll, describe, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { createOutboxSender, type OutboxSenderOptions } from "../../src/delivery/outbox-sender.js";
import { createOutboxRenderer } from "../../src/delivery/create-outbox-renderer.js";
import { encodeMessageAction } from "../../src/bot/encode-message-action.js";
import { claimMessages } from "../../src/domain/delivery/claim-messages.js";
import { enqueueMessages } from "../../src/domain/delivery/enqueue-messages.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { maxInWindow, startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let other: Db;
let api: FakeBotApi;
let intent = 0;

beforeAll(async () => {
  t = await createTestDb();
  // The second replica's own connection to the same file.
  other = (await createDatabase({ databaseUrl: t.url, migrate: false })).db;
  api = await startFakeBotApi();
});
afterAll(async () => {
  await api.stop();
  await other.$disconnect();
  await t.close();
});
afterEach(async () => {
  api.clearFaults();
  await t.db.outboxMessage.deleteMany();
});

function replica(db: Db, claimant: string, overrides: Partial<OutboxSenderOptions> = {}) {
  return createOutboxSender({
    db,
    telegram: new Telegram(api.token, { apiRoot: api.apiRoot }),
    logger: createLogger({ level: "silent", pretty: false }),
    clock: () => new Date(),
    render: createOutboxRenderer({
      db,
      translator: createTranslator({ fallbackLocale: "vi" }),
      defaultLocale: "vi",
      timeZone: "Asia/Ho_Chi_Minh",
      encodeAction: encodeMessageAction,
    }),
    idleMs: 20,
    claimant,
    ...overrides,
  });
}

async function broadcast(chatIds: number[]) {
  const name = `broadcast-${++intent}`;
  const messages = chatIds.map((chatId) => ({ recipientKey: `chat:${chatId}`, chatId, text: `Thông báo ${chatId}` }));
  await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: name, messages, now: new Date() }));
  return name;
}
const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);
const perChat = (chatIds: number[]) => chatIds.map((chatId) => api.sent(chatId).length);

async function untilSettled(timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await t.db.outboxMessage.count({ where: { state: { in: ["pending", "sending"] } } })) > 0) {
    if (Date.now() > deadline) throw new Error("rows still unsent");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("two senders on one database", { timeout: 60_000 }, () => {
  test("every row is sent once, and both replicas take part", async () => {
    const chats = range(510_000, 300);
    await broadcast(chats);
    api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 20 } });
    const a = replica(t.db, "replica-a", { limits: { globalPerSecond: 300 } });
    const b = replica(other, "replica-b", { limits: { globalPerSecond: 300 } });
    await Promise.all([a.start(), b.start()]);
    await untilSettled();
    await Promise.all([a.stop(), b.stop()]);
    expect(perChat(chats).every((n) => n === 1)).toBe(true);
    const bySender = await t.db.outboxMessage.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: true });
    expect(Object.fromEntries(bySender.map((row) => [row.claimedBy, row._count]))).toEqual({
      "replica-a": expect.any(Number),
      "replica-b": expect.any(Number),
    });
    expect(bySender.reduce((sum, row) => sum + row._count, 0)).toBe(chats.length);
  });

  test("rows claimed by a replica that died are sent by the other once the claim expires, once each", async () => {
    const chats = range(520_000, 10);
    const name = await broadcast(chats);
    const rows = await t.db.outboxMessage.findMany({ where: { intentId: name }, orderBy: { chatId: "asc" } });
    // The dead replica claimed half of them and was killed before calling Telegram.
    const dead = rows.slice(0, 5).map((row) => row.id);
    const now = new Date();
    await claimMessages(t.db, { ids: dead, now, claimant: "replica-dead", until: new Date(now.getTime() + 400) });
    const b = replica(other, "replica-b", { claimLeaseMs: 200 });
    await b.start();
    await untilSettled();
    await b.stop();
    expect(perChat(chats)).toEqual(Array(10).fill(1));
    const after = await t.db.outboxMessage.findMany({ where: { intentId: name }, orderBy: { chatId: "asc" } });
    expect(after.map((row) => [row.state, row.recovered, row.claimedBy])).toEqual([
      ...Array(5).fill(["sent", true, "replica-b"]),
      ...Array(5).fill(["sent", false, "replica-b"]),
    ]);
  });

  test("a live replica's sends that outlast the lease are not taken over: its claims are extended", async () => {
    const chats = range(530_000, 8);
    await broadcast(chats);
    // Each answer takes three leases; the lease is long enough for a loaded machine's timer delays.
    api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 2400 } });
    const a = replica(t.db, "replica-a", { claimLeaseMs: 800 });
    const b = replica(other, "replica-b", { claimLeaseMs: 800 });
    await Promise.all([a.start(), b.start()]);
    await untilSettled();
    await Promise.all([a.stop(), b.stop()]);
    expect(perChat(chats)).toEqual(Array(8).fill(1));
    expect(await t.db.outboxMessage.count({ where: { recovered: true } })).toBe(0);
  });

  test("with a shared budget the two together stay under the global limit", async () => {
    const chats = range(540_000, 45);
    await broadcast(chats);
    const limits = { globalPerSecond: 10 };
    const a = replica(t.db, "replica-a", { limits, sharedBudget: true });
    const b = replica(other, "replica-b", { limits, sharedBudget: true });
    await Promise.all([a.start(), b.start()]);
    await untilSettled();
    await Promise.all([a.stop(), b.stop()]);
    expect(perChat(chats).every((n) => n === 1)).toBe(true);
    const sent = api.sent().filter((message) => chats.includes(message.chatId));
    expect(new Set(sent.map((message) => message.chatId)).size).toBe(45);
    // Measured where Telegram counts: at the fake server, when each request arrived.
    expect(
      maxInWindow(
        sent.map((message) => message.at),
        1000,
      ),
    ).toBeLessThanOrEqual(10);
    const bySender = await t.db.outboxMessage.groupBy({ by: ["claimedBy"], where: { state: "sent" }, _count: true });
    expect(bySender.map((row) => row.claimedBy).sort()).toEqual(["replica-a", "replica-b"]);
  });
});
