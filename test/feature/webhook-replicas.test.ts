// Two replicas behind one webhook URL on one database. Telegram resends an update it got no answer for, and the
// proxy may hand the resend to the other replica: while the first is still handling it, the second answers 503
// (Telegram sends it again later) instead of handling it a second time; if the first never finishes (killed), the
// resend is handled once its claim is old; once handled, a resend does nothing.
import { createServer } from "node:net";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createLogger } from "../../src/logger.js";
import { createHealthCheck } from "../../src/runtime/check-health.js";
import type { Runtime } from "../../src/runtime/start-polling.js";
import { startWebhook } from "../../src/runtime/start-webhook.js";
import { createBotHarness, type BotHarness } from "../support/bot-harness.js";
import { makeUser } from "../support/fixtures.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let b: BotHarness;
let runtime: Runtime;
let base: string;
const secret = "webhook-secret-0123456789";
const busyForMs = 30_000;

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
  b = createBotHarness({ db: t.db, updateClaims: { claimant: "replica-b", busyForMs } });
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  runtime = await startWebhook(b.bot, createLogger({ level: "silent", pretty: false }), {
    port,
    url: "https://bot.example.vn/telegram/hook",
    secret,
    health: createHealthCheck({ db: t.db, clock: () => new Date() }),
  });
});
afterAll(async () => {
  await runtime.stop("test");
  await t.close();
});

const user = makeUser("Hai", "en");
const helpUpdate = (id: number) => ({
  update_id: id,
  message: {
    message_id: id,
    date: 0,
    chat: { id: user.id, type: "private", first_name: user.first_name },
    from: { is_bot: false, ...user },
    text: "/help",
    entities: [{ type: "bot_command", offset: 0, length: 5 }],
  },
});
const post = (body: unknown) =>
  fetch(`${base}/telegram/hook`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
    body: JSON.stringify(body),
  });

test("an update another replica is handling is answered 503 and not handled; taken over when that one died", async () => {
  // Replica A took update 890001 a moment ago and is still handling it.
  await t.db.handledUpdate.create({ data: { updateId: 890001n, handledAt: new Date(), claimedBy: "replica-a" } });
  const resent = await post(helpUpdate(890001));
  expect(resent.status).toBe(503);
  expect(b.textsTo(user.id)).toHaveLength(0);

  // A was killed: its claim is older than the busy window when Telegram resends again.
  await t.db.handledUpdate.update({
    where: { updateId: 890001n },
    data: { handledAt: new Date(Date.now() - busyForMs - 1000) },
  });
  const again = await post(helpUpdate(890001));
  expect(again.status).toBe(200);
  expect(b.textsTo(user.id)).toHaveLength(1);
  expect(b.lastTo(user.id)).toMatch(/^What you can do:/);
  expect(await t.db.handledUpdate.findUnique({ where: { updateId: 890001n } })).toMatchObject({
    claimedBy: "replica-b",
    finishedAt: expect.any(Date),
  });

  // Handled: one more resend does nothing.
  const late = await post(helpUpdate(890001));
  expect(late.status).toBe(200);
  expect(b.textsTo(user.id)).toHaveLength(1);
});
