// A database that keeps refusing writes (a full disk, here a trigger that refuses every "sent") must not turn the
// sender into a busy loop: the real bot process backs off, logs the failure once with a count rather than once per
// attempt, and still stops on SIGTERM.
import { rmSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { enqueueMessages } from "../../src/domain/delivery/enqueue-messages.js";
import { startFakeBotApi, type FakeBotApi } from "../support/fake-bot-api/fake-bot-api.js";
import { onPostgres } from "../support/test-dialect.js";
import {
  e2eDatabase,
  fakeApiEnv,
  freePort,
  makeE2eWorkDir,
  parseJsonLines,
  startBotProcess,
  waitFor,
  type Child,
} from "./processes.js";

let api: FakeBotApi;
let workDir: string;
let database: Awaited<ReturnType<typeof e2eDatabase>>;
let db: Db | undefined;
let bot: Child | undefined;

beforeAll(async () => {
  api = await startFakeBotApi();
  workDir = makeE2eWorkDir("e2e-record-failure-");
  database = await e2eDatabase(workDir);
});
afterAll(async () => {
  bot?.killHard();
  await db?.$disconnect();
  await api.stop();
  rmSync(workDir, { recursive: true, force: true });
  await database.drop();
});

test("recording sent messages keeps failing: backoff, one counted log line, SIGTERM still stops the bot", async () => {
  const port = await freePort();
  bot = await startBotProcess({ ...fakeApiEnv(api, database.url), PORT: String(port) });
  ({ db } = await createDatabase({ databaseUrl: database.url, migrate: false }));
  await refuseSentRows(db);
  const chats = Array.from({ length: 30 }, (_, i) => 720_000 + i);
  await db.$transaction((tx) =>
    enqueueMessages(tx, {
      intentId: "disk-full",
      now: new Date(),
      messages: chats.map((chatId) => ({ recipientKey: `chat:${chatId}`, chatId, text: `Tin ${chatId}` })),
    }),
  );
  const failures = () => parseJsonLines(bot!.lines()).filter((line) => line.msg === "could not record sent messages");
  // The sender stops starting sends once the unrecorded ones reach its bound, so not all 30 go out.
  await waitFor("the first failure to be logged", () => (failures().length > 0 ? true : undefined), {
    timeoutMs: 20_000,
    context: () => bot!.tail(),
  });
  const sent = await waitFor(
    "the sender to reach its bound of unrecorded sends",
    async () => {
      const before = api.sent().length;
      await new Promise((resolve) => setTimeout(resolve, 1500));
      return api.sent().length === before && before > 0 ? before : undefined;
    },
    { timeoutMs: 20_000, context: () => bot!.tail() },
  );
  expect(sent).toBeLessThanOrEqual(18);
  // Monitors see it before any row is old enough to count as overdue.
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ ok: false, database: "ok", outbox: { senderFailing: true } });

  bot.proc.kill("SIGTERM");
  const exit = await waitFor("the bot to stop on SIGTERM", () => bot!.exit ?? undefined, {
    timeoutMs: 15_000,
    context: () => bot!.tail(),
  });
  expect(exit.code, bot.tail()).toBe(0);
  // Retries are spaced out: a handful of attempts, each logged at most once per interval, with the count.
  const logged = failures();
  expect(logged.length, bot.tail()).toBeLessThanOrEqual(3);
  expect(logged[0]!.failures).toBe(1);
  expect(bot.stdout().length).toBeLessThan(200_000);
  // Still "sending": they are sent once more after a restart, as after a crash.
  expect(await db.outboxMessage.count({ where: { state: "sending" } })).toBe(sent);
}, 60_000);

// The database refuses to record "sent", as a full disk would (PostgreSQL's own word for it: SQLSTATE 53100).
async function refuseSentRows(db: Db): Promise<void> {
  if (!onPostgres) {
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_sent BEFORE UPDATE OF "state" ON "OutboxMessage"
      WHEN NEW."state" = 'sent' BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END`);
    return;
  }
  await db.$executeRawUnsafe(`CREATE FUNCTION refuse_sent() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = 'disk_full'; END $$`);
  await db.$executeRawUnsafe(`CREATE TRIGGER refuse_sent BEFORE UPDATE OF "state" ON "OutboxMessage"
    FOR EACH ROW WHEN (NEW."state" = 'sent') EXECUTE FUNCTION refuse_sent()`);
}
