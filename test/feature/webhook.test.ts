import { connect, createServer } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startWebhook } from "../../src/runtime/start-webhook.js";
import type { Runtime } from "../../src/runtime/start-polling.js";
import { createHealthCheck } from "../../src/runtime/check-health.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../support/fixtures.js";
import { refuseWrites } from "../support/refuse-writes.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let h: BotHarness;
let runtime: Runtime;
let base: string;
const secret = "webhook-secret-0123456789";

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

beforeAll(async () => {
  t = await createTestDb();
  h = createBotHarness({ db: t.db });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  runtime = await startWebhook(h.bot, createLogger({ level: "silent", pretty: false }), {
    port,
    url: `https://bot.example.vn/telegram/hook`,
    secret,
    health: createHealthCheck({ db: t.db, clock: () => new Date() }),
  });
});
afterAll(async () => {
  await runtime.stop("test");
  await t.close();
});

const update = (id: number, text: string, user = makeUser("Web", "en")) => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: user.id, type: "private", first_name: user.first_name },
    from: { is_bot: false, ...user },
    text,
    entities: [{ type: "bot_command", offset: 0, length: text.length }],
  },
});

test("registers the webhook with its secret", () => {
  const call = h.calls.find((c) => c.method === "setWebhook");
  expect(call?.payload).toMatchObject({ url: "https://bot.example.vn/telegram/hook", secret_token: secret });
});

test("GET /healthz checks the database and the outbox backlog", async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ ok: true, database: "ok", outbox: { overdue: 0 } });
  // A message that should have left half an hour ago: the sender is stuck.
  const late = new Date(Date.now() - 30 * 60_000);
  const row = await t.db.outboxMessage.create({
    data: { key: "health|chat:1", intentId: "health", chatId: 1n, text: "x", nextAttemptAt: late },
  });
  const stuck = await fetch(`${base}/healthz`);
  expect(stuck.status).toBe(503);
  expect(await stuck.json()).toMatchObject({
    ok: false,
    database: "ok",
    outbox: { due: 1, overdue: 1, oldestDueAt: late.toISOString() },
  });
  await t.db.outboxMessage.delete({ where: { id: row.id } });
});

test("an update with the right secret header is handled", async () => {
  const body = update(880001, "/help");
  const response = await fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  expect(h.lastTo(body.message.chat.id)).toMatch(/^What you can do:/);
});

test("an update without or with a wrong secret is rejected and not handled", async () => {
  for (const headers of [{}, { "x-telegram-bot-api-secret-token": "wrong-secret-wrong-secret" }] as Record<
    string,
    string
  >[]) {
    const body = update(880002, "/help");
    const response = await fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(403);
    expect(h.textsTo(body.message.chat.id)).toHaveLength(0);
  }
  expect(await t.db.handledUpdate.count({ where: { updateId: 880002n } })).toBe(0);
});

// A raw HTTP/1.1 request written piece by piece, the way a slow or hostile client (or TCP) delivers it.
function rawRequest(port: number) {
  const socket = connect(port, "127.0.0.1");
  let received = "";
  socket.on("data", (chunk) => (received += String(chunk)));
  const closed = new Promise<void>((resolve) => socket.on("close", () => resolve()));
  socket.on("error", () => undefined);
  return { socket, closed, received: () => received };
}
const head = (length: number, extra = "") =>
  `POST /telegram/hook HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: ${length}\r\n` +
  `x-telegram-bot-api-secret-token: ${secret}\r\n${extra}\r\n`;

test("a body cut inside a Vietnamese character between two packets arrives whole", async () => {
  const seed = await seedExampleBloc(t.db);
  const token = await seed.invite("SYT", "liaison");
  const user = { ...makeUser("Lê Thị “Hoà”"), last_name: "Nguyễn" };
  const body = update(880003, `/start ${token}`, user);
  body.message.entities = [{ type: "bot_command", offset: 0, length: "/start".length }];
  const bytes = Buffer.from(JSON.stringify(body));
  const cut = bytes.lastIndexOf(Buffer.from("“")) + 1; // inside the three bytes of the sender's “
  const port = Number(new URL(base).port);
  const request = rawRequest(port);
  request.socket.write(head(bytes.length, "connection: close\r\n"));
  request.socket.write(bytes.subarray(0, cut));
  await new Promise((resolve) => setTimeout(resolve, 50));
  // Not end(): a client that half-closes gets no answer once handling waits on real I/O (PostgreSQL); the
  // server closes the connection itself after answering (connection: close).
  request.socket.write(bytes.subarray(cut));
  await request.closed;
  expect(request.received()).toMatch(/^HTTP\/1\.1 200/);
  const person = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } });
  expect(person.firstName).toBe("Lê Thị “Hoà”");
});

test("a body over 1 MB is refused with 413 before it is buffered, and nothing is handled", async () => {
  const body = JSON.stringify({ ...update(880004, "/help"), padding: "x".repeat(2 * 1024 * 1024) });
  const response = await fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body,
  }).catch((error: unknown) => error);
  // Node may close the socket while the client is still writing; either way the update is not handled.
  if (response instanceof Response) expect(response.status).toBe(413);
  expect(await t.db.handledUpdate.count({ where: { updateId: 880004n } })).toBe(0);
});

test("a body that is not an update is refused with 400", async () => {
  const response = await fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: "[1,2,3]",
  });
  expect(response.status).toBe(400);
});

describe("slow and numerous clients", () => {
  let slow: Runtime;
  let port: number;
  beforeAll(async () => {
    port = await freePort();
    slow = await startWebhook(h.bot, createLogger({ level: "silent", pretty: false }), {
      port,
      url: "https://bot.example.vn/telegram/hook",
      secret,
      health: createHealthCheck({ db: t.db, clock: () => new Date() }),
      limits: { headersTimeoutMs: 300, requestTimeoutMs: 600, maxConnections: 2 },
    });
  });
  afterAll(() => slow.stop("test"));

  test("a body that trickles in is cut off after the request timeout", async () => {
    const request = rawRequest(port);
    request.socket.write(head(1000));
    const trickle = setInterval(() => request.socket.writable && request.socket.write(" "), 100);
    const started = Date.now();
    await request.closed;
    clearInterval(trickle);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(request.received()).toMatch(/^HTTP\/1\.1 408/);
  });

  test("headers that never finish are cut off", async () => {
    const request = rawRequest(port);
    request.socket.write("POST /telegram/hook HTTP/1.1\r\nhost: x\r\n");
    const started = Date.now();
    await request.closed;
    expect(Date.now() - started).toBeLessThan(5000);
  });

  test("connections beyond the cap are refused", async () => {
    const open = [rawRequest(port), rawRequest(port)];
    await new Promise((resolve) => setTimeout(resolve, 100));
    const third = rawRequest(port);
    await third.closed;
    expect(third.received()).toBe("");
    for (const request of open) request.socket.destroy();
  });
});

test("when storage refuses writes the registration is not saved, the person is told so truthfully, and Telegram's resend works", async () => {
  const seed = await seedExampleBloc(t.db);
  const token = await seed.invite("BDT", "liaison");
  const user = makeUser("Đầy đĩa");
  const body = update(880005, `/start ${token}`, user);
  body.message.entities = [{ type: "bot_command", offset: 0, length: "/start".length }];
  const post = () =>
    fetch(`${base}/telegram/hook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify(body),
    });
  // The storage refuses every write, as a full disk or a read-only volume does.
  const allowWrites = await refuseWrites(t);
  try {
    const refused = await post();
    expect(refused.status).toBe(503);
    expect(h.lastTo(user.id)).toContain("CHƯA được ghi nhận");
    expect(h.lastTo(user.id)).not.toContain("không bị mất");
  } finally {
    await allowWrites();
  }
  expect(await t.db.person.count({ where: { telegramId: BigInt(user.id) } })).toBe(0);
  // Telegram sends the same update again once the disk has room: it is handled, not skipped as a duplicate.
  expect((await post()).status).toBe(200);
  const person = await t.db.person.findUniqueOrThrow({ where: { telegramId: BigInt(user.id) } });
  expect(await t.db.membership.count({ where: { personId: person.id, removedAt: null } })).toBe(1);
});
