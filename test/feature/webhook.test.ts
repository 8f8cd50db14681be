import { createServer } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createLogger } from "../../src/logger.js";
import { startWebhook } from "../../src/runtime/start-webhook.js";
import type { Runtime } from "../../src/runtime/start-polling.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
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

test("GET /healthz answers ok", async () => {
  const response = await fetch(`${base}/healthz`);
  expect(response.status).toBe(200);
  expect(await response.json()).toEqual({ ok: true });
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
