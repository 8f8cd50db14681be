import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, expect, test } from "vitest";
import { enqueueMessages } from "../../src/domain/delivery/enqueue-messages.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import { createTestDb, type TestDb } from "../support/test-db.js";

let t: TestDb;
let api: FakeBotApi;
const children: ChildProcess[] = [];

beforeAll(async () => {
  t = await createTestDb();
  api = await startFakeBotApi();
});
afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await api.stop();
  await t.close();
});

function startSender(): ChildProcess {
  const child = spawn(process.execPath, ["--import", "tsx", "test/delivery/fixtures/run-sender.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      GLOBAL_PER_SECOND: "300",
      CONCURRENCY: "8",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  return child;
}

async function until<T>(
  what: string,
  probe: () => Promise<T | undefined | false> | T | undefined | false,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", () => resolve()),
  );

test("kill -9 in the middle of a broadcast: after a restart nothing is lost and duplicates stay within what was in flight", async () => {
  const total = 150;
  const chats = Array.from({ length: total }, (_, i) => 700_000 + i);
  await t.db.$transaction((tx) =>
    enqueueMessages(tx, {
      intentId: "broadcast",
      now: new Date(),
      messages: chats.map((chatId) => ({ recipientKey: `chat:${chatId}`, chatId, text: `Thông báo cho ${chatId}` })),
    }),
  );
  // Slow answers keep several sends in flight at the moment of the kill.
  api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 40 } });

  const first = startSender();
  await until("a third of the broadcast", () => api.sent().length >= total / 3);
  first.kill("SIGKILL");
  await exited(first);
  const inFlight = await t.db.outboxMessage.count({ where: { state: "sending" } });
  expect(inFlight, "sends caught in flight by the kill").toBeGreaterThan(0);
  const sentBeforeCrash = api.sent().length;
  expect(sentBeforeCrash).toBeLessThan(total);

  const second = startSender();
  await until(
    "every row settled",
    async () => (await t.db.outboxMessage.count({ where: { state: { not: "sent" } } })) === 0,
  );
  second.kill("SIGTERM");
  await exited(second);

  const perChat = new Map<number, number>();
  for (const sent of api.sent()) perChat.set(sent.chatId, (perChat.get(sent.chatId) ?? 0) + 1);
  const lost = chats.filter((chatId) => !perChat.has(chatId));
  const duplicates = [...perChat.values()].reduce((sum, n) => sum + (n - 1), 0);
  expect(lost).toEqual([]);
  expect(duplicates).toBeLessThanOrEqual(inFlight);
  expect(Math.max(...perChat.values())).toBeLessThanOrEqual(2);
  const rows = await t.db.outboxMessage.findMany({ where: { recovered: true } });
  expect(rows.length).toBe(inFlight);
}, 60_000);
