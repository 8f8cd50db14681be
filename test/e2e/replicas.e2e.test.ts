// Two bot replicas (the real process, webhook mode) on one PostgreSQL database, the test in the role of Telegram
// and of the proxy in front of them (deploy/Caddyfile): each update goes to one replica, round robin, and to the
// other when one is down or answers 5xx. A leader broadcasts to 2,000 members; one replica is killed with
// SIGKILL mid-way. Every member gets the announcement, duplicates stay within what the killed replica had in
// flight, the progress message ends right and the final report comes once.
//
// Needs PostgreSQL support (DATABASE_URL=postgresql://…) and a server (TEST_POSTGRES_URL, default the local one
// on 127.0.0.1:5432); skipped, saying which is missing, otherwise.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EnvBaseSchema } from "../../src/config/env-schema.js";
import { startFakeBotApi, type FakeBotApi, type FakeUpdate } from "../support/fake-bot-api/fake-bot-api.js";
import { freePort, runAppToEnd, startBotProcess, waitFor, type AppEnv, type Child } from "./processes.js";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const psql = (url: string, sql: string) =>
  spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qtAc", sql], { encoding: "utf8" });
const supported = EnvBaseSchema.shape.DATABASE_URL.safeParse("postgresql://khoi@127.0.0.1:5432/khoi").success;
const reachable = supported && psql(adminUrl, "SELECT 1").status === 0;
const skipReason = !supported
  ? "PostgreSQL support (DATABASE_URL=postgresql://…) has not landed"
  : !reachable
    ? `no PostgreSQL server at ${adminUrl}`
    : undefined;
if (skipReason) console.warn(`replicas.e2e skipped: ${skipReason}`);

const members = 2000;
const secret = "replica-webhook-secret-000000";
const text = "Kính gửi các đơn vị: hội nghị tổng kết năm họp lúc 08:00 ngày 20/12/2026.";
const leader = { id: 840_000, first_name: "Nghiệp", language_code: "vi" };
let api: FakeBotApi;
let dbName: string;
let dbUrl: string;
const replicas: { child: Child; port: number; id: string }[] = [];
let turn = 0;

beforeAll(async () => {
  if (skipReason) return;
  api = await startFakeBotApi();
  dbName = `khoi_replicas_e2e_${randomBytes(4).toString("hex")}`;
  expect(psql(adminUrl, `CREATE DATABASE "${dbName}"`).status).toBe(0);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  dbUrl = url.toString();
});
afterAll(async () => {
  for (const replica of replicas) replica.child.killHard();
  await api?.stop();
  if (dbName) psql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

const envFor = (id: string, port: number): AppEnv => ({
  BOT_TOKEN: api.token,
  TELEGRAM_API_ROOT: api.apiRoot,
  DATABASE_URL: dbUrl,
  BOT_MODE: "webhook",
  PORT: String(port),
  WEBHOOK_URL: "https://bot.example.gov.vn/telegram/khoi",
  WEBHOOK_SECRET: secret,
  REPLICA_ID: id,
  LOG_LEVEL: "info",
  NODE_ENV: "production",
  // A paid-broadcast rate keeps the test short; the claims of the killed replica are taken over after 3 s.
  OUTBOX_GLOBAL_PER_SECOND: "200",
  OUTBOX_CLAIM_LEASE_MS: "3000",
});

// What Telegram and the proxy do with an update: post it to the next live replica; a 5xx or a refused
// connection sends it to the other one, and it is tried again until one answers 200.
async function deliver(update: FakeUpdate): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const live = replicas.filter((replica) => replica.child.exit === null);
    const replica = live[turn++ % live.length]!;
    const status = await fetch(`http://127.0.0.1:${replica.port}/telegram/khoi`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": secret },
      body: JSON.stringify(update),
    }).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`update ${update.update_id} was never accepted`);
}

async function say(user: { id: number }, update: () => FakeUpdate, match: (text: string) => boolean) {
  const before = api.sent(user.id).length;
  await deliver(update());
  return waitFor(
    "the bot's answer",
    () =>
      api
        .sent(user.id)
        .slice(before)
        .find((m) => match(m.text ?? "")),
    {
      timeoutMs: 15_000,
      context: () => replicas.map((r) => r.child.tail(1500)).join("\n"),
    },
  );
}

const announcementsTo = (chatId: number) => api.sent(chatId).filter((m) => m.text?.includes("hội nghị tổng kết"));

test.skipIf(skipReason !== undefined)(
  "two replicas, one killed mid-broadcast: every member gets it once or within the bound, one report",
  async () => {
    const imported = await runAppToEnd(
      "src/cli/main.ts",
      ["bloc", "import", "examples/bloc-4-kien-giang-2018.json", "--json"],
      { BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_URL: dbUrl },
    );
    expect(imported.code, imported.stderr).toBe(0);
    const invites = JSON.parse(imported.stdout) as { unit: string; role: string; token: string }[];
    // 2,000 members already in the bloc, written as the registrations would have left them.
    const seeded = psql(
      dbUrl,
      `INSERT INTO "Person" ("id", "telegramId", "chatId", "firstName", "languageCode", "updatedAt")
         SELECT 'p' || n, 850000 + n, 850000 + n, 'Người ' || n, 'vi', now() FROM generate_series(1, ${members}) n;
       INSERT INTO "Membership" ("id", "personId", "blocId", "unitId", "role")
         SELECT 'm' || n, 'p' || n, u."blocId", u."id", 'liaison'
         FROM generate_series(1, ${members}) n
         CROSS JOIN LATERAL (SELECT "id", "blocId" FROM "Unit" ORDER BY "code" LIMIT 1) u;`,
    );
    expect(seeded.status, seeded.stderr).toBe(0);

    for (const id of ["replica-a", "replica-b"]) {
      const port = await freePort();
      replicas.push({ id, port, child: await startBotProcess(envFor(id, port)) });
    }
    const leaderInvite = invites.find((row) => row.unit === "SVHTT" && row.role === "signatory")!;
    await say(
      leader,
      () => api.sendText(leader, `/start ${leaderInvite.token}`),
      () => true,
    );
    await say(
      leader,
      () => api.sendText(leader, "/announce"),
      () => true,
    );
    await say(
      leader,
      () => api.sendText(leader, text),
      () => true,
    );
    const audience = await say(
      leader,
      () => api.pressButton(leader, "af"),
      (t) => t === "Gửi tới ai?" || t.startsWith("Gửi thông báo này tới ai"),
    );
    const summary = await say(
      leader,
      () => api.pressButton(leader, "aa:everyone", { chatId: leader.id, messageId: audience.messageId }),
      (t) => t.includes("Số người nhận"),
    );
    const recipients = Number(/Số người nhận: (\d+)/.exec(summary.text!)![1]);
    expect(recipients).toBeGreaterThanOrEqual(members);

    // Slow answers keep sends in flight on both replicas when one is killed.
    api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 150 } });
    await deliver(api.pressButton(leader, "as:0", { chatId: leader.id, messageId: summary.messageId }));
    const seededChats = Array.from({ length: members }, (_, i) => 850_001 + i);
    const reached = () => seededChats.filter((chatId) => announcementsTo(chatId).length > 0).length;
    await waitFor("a quarter of the broadcast", () => (reached() >= members / 4 ? true : undefined), {
      timeoutMs: 60_000,
      context: () => replicas.map((r) => r.child.tail(1500)).join("\n"),
    });
    const killed = replicas[1]!;
    killed.child.killHard();
    await killed.child.exited;
    expect(reached()).toBeLessThan(members);
    api.clearFaults();

    const progressText = () =>
      api.chatMessages(leader.id).find((m) => m.message_id === summary.messageId)?.text as string | undefined;
    await waitFor(
      "the progress message to say it is done",
      () => (progressText()?.startsWith("Đã gửi xong thông báo.") ? true : undefined),
      { timeoutMs: 90_000, context: () => `${progressText()}\n${replicas[0]!.child.tail()}` },
    );
    expect(progressText()).toContain(`Đã gửi ${recipients}/${recipients} · 0 lỗi`);
    const counts = seededChats.map((chatId) => announcementsTo(chatId).length);
    expect(counts.filter((n) => n === 0)).toEqual([]);
    // Only rows the killed replica had claimed and not yet recorded as sent can go twice: at most its requests
    // in flight plus its unrecorded ones, concurrency + flushRows = 20 + 20 at 200/s (README, "Replicas").
    const duplicates = counts.reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(40);
    // Both replicas sent part of it.
    const sentBy = psql(dbUrl, `SELECT count(DISTINCT split_part("claimedBy", '#', 1)) FROM "OutboxMessage"`);
    expect(sentBy.stdout.trim()).toBe("2");

    const reports = () => api.sent(leader.id).filter((m) => m.text?.startsWith("Báo cáo gửi thông báo"));
    await waitFor("the final report", () => reports()[0], { timeoutMs: 15_000 });
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.text).toContain(`tất cả ${recipients} người nhận đã nhận được tin`);
  },
  240_000,
);
