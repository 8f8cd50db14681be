// Two bot replicas (the real process, webhook mode) on one PostgreSQL database, the test in the role of Telegram
// and of the proxy in front of them (deploy/Caddyfile): each update goes to one replica, round robin, and to the
// other when one is down or answers 5xx. Besides the example bloc's seven units there are 1,000 seeded units of
// two members each (2,000 people).
//
// 1. A due report tick. The leader adds a one-off report whose reminder is due at a whole minute 15–75 s ahead,
//    on the real clock: node-cron ticks every minute on both replicas and one of them takes the job's lease for
//    it. Before then 253 units send it (three through the bot, 250 written as submissions), leaving 754 units
//    and their 1,496 members outstanding. The replica that ran the tick is killed with SIGKILL after it finished
//    the run, while the reminders are going out, and an operator's `jobs run report-reminders` runs as a third
//    process. Every outstanding member gets the reminder; the outbox holds exactly one per member and period,
//    and the reminder rows one per unit; units that reported get nothing; the job ran once for that minute;
//    duplicate sends stay within what the killed replica had in flight.
// 2. A broadcast. The killed replica is restarted (a new holder under the same name); a leader broadcasts to
//    everyone and one replica is killed mid-way. Every member gets the announcement, duplicates stay within what
//    the killed replica had in flight, the progress message ends right and the final report comes once.
// 3. The next minute's tick (the broadcast takes up most of the wait): no reminder is queued or sent again.
//
// Why the kill comes after the holder finished its run rather than inside it: the run writes every reminder in
// one transaction of about a second, so a kill inside it cannot be timed; and a holder that dies before
// finishing keeps the minute's lease for 2 minutes before the other replica runs that minute again (and finds it
// done), which test/scheduler/replica-leases.test.ts covers and which would make this test twice as long.
//
// Runs in `npm run test:pg` (KHOI_TEST_DATABASE=postgresql) and needs a server (TEST_POSTGRES_URL, default the
// local one on 127.0.0.1:5432); skipped, saying why, otherwise.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, expect, test } from "vitest";
import { EnvBaseSchema } from "../../src/config/env-schema.js";
import { onPostgres } from "../support/test-dialect.js";
import { createDatabase, type Db } from "../../src/db/create-database.js";
import { loadActor } from "../../src/domain/people/load-actor.js";
import { createObligation } from "../../src/domain/reports/create-obligation.js";
import { loadWorkCalendar } from "../../src/domain/reports/load-work-calendar.js";
import { reportEventIntent } from "../../src/domain/reports/report-intents.js";
import { defaultTimeZone, zonedDateOf } from "../../src/domain/reports/zoned-time.js";
import { startFakeBotApi, type FakeBotApi, type FakeUpdate } from "../support/fake-bot-api/fake-bot-api.js";
import { freePort, runAppToEnd, startBotProcess, waitFor, type AppEnv, type Child } from "./processes.js";

const adminUrl = process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const psql = (url: string, sql: string) =>
  spawnSync("psql", [url, "-v", "ON_ERROR_STOP=1", "-qtAc", sql], { encoding: "utf8" });
const supported = EnvBaseSchema.shape.DATABASE_URL.safeParse("postgresql://khoi@127.0.0.1:5432/khoi").success;
const reachable = onPostgres && supported && psql(adminUrl, "SELECT 1").status === 0;
// Replicas are a PostgreSQL set-up: the test is one of the PostgreSQL suite's, and the SQLite one does not run it
// a second time (CI runs both side by side).
const skipReason = !onPostgres
  ? "a PostgreSQL test, run by npm run test:pg"
  : !supported
    ? "PostgreSQL support (DATABASE_URL=postgresql://…) has not landed"
    : !reachable
      ? `no PostgreSQL server at ${adminUrl}`
      : undefined;
if (skipReason) console.warn(`replicas.e2e skipped: ${skipReason}`);

const blocFile = "examples/bloc-4-kien-giang-2018.json";
const exampleUnits = (JSON.parse(readFileSync(blocFile, "utf8")) as { units: { code: string }[] }).units.map(
  (unit) => unit.code,
);
// Seeded unit u (1…units) is "R" + four digits; its members are people 2u − 1 (liaison) and 2u (signatory).
const units = 1000;
const members = 2 * units;
const unitCode = (u: number) => `R${String(u).padStart(4, "0")}`;
const unitName = (u: number) => `Đơn vị thử ${unitCode(u)}`;
const chatOf = (person: number) => 850_000 + person;
const member = (person: number) => ({ id: chatOf(person), first_name: `Người ${person}`, language_code: "vi" });
const seededChats = Array.from({ length: members }, (_, i) => chatOf(i + 1));
// Any unsettled sends of the killed replica can go twice: its requests in flight plus its unrecorded `sent`
// outcomes, concurrency + flushRows = 20 + 20 at 200/s (README, "Replicas").
const duplicateBound = 40;

const secret = "replica-webhook-secret-000000";
const text = "Kính gửi các đơn vị: hội nghị tổng kết năm họp lúc 08:00 ngày 20/12/2026.";
const leader = { id: 840_000, first_name: "Nghiệp", language_code: "vi" };
const reportName = "Báo cáo nhanh tình hình cuối năm";
let api: FakeBotApi;
let dbName: string;
let dbUrl: string;
let db: Db;
const replicaIds = ["replica-a", "replica-b"] as const;
// The replicas running now, and every process started (the killed ones keep their output).
const replicas: { child: Child; port: number; id: string }[] = [];
const started: Child[] = [];
let turn = 0;

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
const cliEnv = (): AppEnv => ({ BOT_TOKEN: api.token, TELEGRAM_API_ROOT: api.apiRoot, DATABASE_URL: dbUrl });

// Both replicas up: one that was killed is started again under its name, as the deployment restarts it.
async function startReplicas() {
  for (const id of replicaIds) {
    if (replicas.some((replica) => replica.id === id && replica.child.exit === null)) continue;
    const port = await freePort();
    const child = await startBotProcess(envFor(id, port));
    started.push(child);
    const index = replicas.findIndex((replica) => replica.id === id);
    replicas.splice(index < 0 ? replicas.length : index, index < 0 ? 0 : 1, { id, port, child });
  }
}

beforeAll(async () => {
  if (skipReason) return;
  api = await startFakeBotApi();
  dbName = `khoi_replicas_e2e_${randomBytes(4).toString("hex")}`;
  expect(psql(adminUrl, `CREATE DATABASE "${dbName}"`).status).toBe(0);
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  dbUrl = url.toString();

  const imported = await runAppToEnd("src/cli/main.ts", ["bloc", "import", blocFile, "--json"], cliEnv());
  expect(imported.code, imported.stderr).toBe(0);
  const invites = JSON.parse(imported.stdout) as { unit: string; role: string; token: string }[];
  // 1,000 more units of the bloc and their 2,000 members, written as the import and the registrations would
  // have left them.
  const seeded = psql(
    dbUrl,
    `INSERT INTO "Unit" ("id", "blocId", "code", "name", "position", "updatedAt")
       SELECT 'u' || n, b."id", 'R' || lpad(n::text, 4, '0'), 'Đơn vị thử R' || lpad(n::text, 4, '0'), 100 + n, now()
       FROM generate_series(1, ${units}) n CROSS JOIN (SELECT "id" FROM "Bloc") b;
     INSERT INTO "Person" ("id", "telegramId", "chatId", "firstName", "languageCode", "updatedAt")
       SELECT 'p' || n, 850000 + n, 850000 + n, 'Người ' || n, 'vi', now() FROM generate_series(1, ${members}) n;
     INSERT INTO "Membership" ("id", "personId", "blocId", "unitId", "role")
       SELECT 'm' || n, 'p' || n, b."id", 'u' || ((n + 1) / 2),
         (CASE n % 2 WHEN 1 THEN 'liaison' ELSE 'signatory' END)::"MemberRole"
       FROM generate_series(1, ${members}) n CROSS JOIN (SELECT "id" FROM "Bloc") b;`,
  );
  expect(seeded.status, seeded.stderr).toBe(0);
  db = (await createDatabase({ databaseUrl: dbUrl, migrate: false })).db;

  await startReplicas();
  const leaderInvite = invites.find((row) => row.unit === "SVHTT" && row.role === "signatory")!;
  await say(
    leader,
    () => api.sendText(leader, `/start ${leaderInvite.token}`),
    () => true,
  );
}, 120_000);
afterAll(async () => {
  for (const child of started) child.killHard();
  await db?.$disconnect();
  await api?.stop();
  if (dbName) psql(adminUrl, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
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

const replicaTails = () => replicas.map((r) => r.child.tail(1500)).join("\n");

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
    { timeoutMs: 15_000, context: replicaTails },
  );
}

// Messages per chat whose text passes `match`, counted over the whole call log at once.
function countsPerChat(match: (text: string) => boolean): Map<number, number> {
  const counts = new Map<number, number>();
  for (const message of api.sent())
    if (match(message.text ?? "")) counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1);
  return counts;
}
// Outbox rows of report reminders and escalations, single or combined.
const reminderIntents = {
  OR: [{ intentId: { startsWith: "report:" } }, { intentId: { startsWith: "report-batch:" } }],
};
const isReminder = (t: string) => t.includes(`«${reportName}»`);
const isAnnouncement = (t: string) => t.includes("hội nghị tổng kết");

// The runs of the report-reminders job that found something to do, in the output of every process started.
const reminderRuns = () =>
  started.flatMap((child) =>
    child
      .lines()
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { msg?: string; job?: string; replica?: string; result?: any })
      .filter((line) => line.msg === "job done" && line.job === "report-reminders" && line.result?.periods > 0),
  );

const hhmm = (at: Date) =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: defaultTimeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(at);

// What the report test leaves for the check a minute later.
let tick: { due: Date; holder: string; intentId: string; rows: number; sends: Map<number, number> } | undefined;

test.skipIf(skipReason !== undefined)(
  "a due report tick on two replicas, the one that ran it killed while its reminders go out: every reminder once",
  async () => {
    await startReplicas();
    // The reminder falls due at a whole minute 15–75 s ahead, time enough for the set-up below. Not at 08:00,
    // when the bloc's usual reports remind (had they been created, they would be combined with it).
    let due = new Date(Math.ceil((Date.now() + 15_000) / 60_000) * 60_000);
    if (hhmm(due) === "08:00") due = new Date(due.getTime() + 60_000);

    // The leader's new one-off report, due that day with one reminder at that minute and no escalation: what the
    // wizard's «✅ Tạo báo cáo» does, with a reminder time (the wizard keeps the default 08:00) and no day-off
    // shift (the day may be a weekend).
    const actor = await loadActor(db, { telegramId: leader.id });
    const { obligation } = await createObligation(db, {
      blocId: actor.bloc!.id,
      actor,
      obligation: {
        name: reportName,
        recurrence: "once",
        dueRule: { kind: "date", date: zonedDateOf(due, defaultTimeZone) },
        reminders: [0],
        escalations: [],
        reminderTime: hhmm(due),
        shift: "none",
      },
      calendar: await loadWorkCalendar(db, { timeZone: defaultTimeZone }),
      now: new Date(),
    });
    const period = await db.reportPeriod.findFirstOrThrow({ where: { obligationId: obligation.id } });
    expect(period.nextEventAt).toEqual(due);
    const periodId = period.id;
    const intentId = reportEventIntent(periodId, "remind_0");

    // Units that have sent it: the leader unit, R0001 (its liaison) and R0002 (its signatory) through the bot;
    // every fourth seeded unit written as a submission.
    const viaBot = [
      { user: leader, unit: null },
      { user: member(1), unit: 1 },
      { user: member(4), unit: 2 },
    ];
    for (const { user, unit } of viaBot) {
      const list = await say(
        user,
        () => api.sendText(user, "/reports"),
        (t) => t.includes(reportName),
      );
      await say(
        user,
        () => api.pressButton(user, `rs:${periodId}`, { chatId: user.id, messageId: list.messageId }),
        () => true,
      );
      const receipt = await say(
        user,
        () => api.sendText(user, `Báo cáo nhanh của ${unit === null ? "đơn vị chủ trì" : unitCode(unit)}`),
        (t) => t.startsWith("✅ Đã nhận báo cáo"),
      );
      if (unit !== null) expect(receipt.text).toContain(unitName(unit));
    }
    const writtenUnits = Array.from({ length: units / 4 }, (_, i) => 4 * (i + 1));
    const written = psql(
      dbUrl,
      `INSERT INTO "ReportSubmission" ("id", "periodId", "unitId", "personId", "receiptNo", "blocId", "text",
         "sha256", "submittedAt", "lateDays")
       SELECT 'rs' || u, '${periodId}', 'u' || u, 'p' || (2 * u - 1), 'SEED-' || u, b."id", 'Báo cáo ' || u,
         md5(u::text), now(), 0
       FROM unnest(ARRAY[${writtenUnits.join(",")}]) u CROSS JOIN (SELECT "id" FROM "Bloc") b;`,
    );
    expect(written.status, written.stderr).toBe(0);
    const reportedUnits = new Set([1, 2, ...writtenUnits]);
    const outstandingUnits = Array.from({ length: units }, (_, i) => i + 1).filter((u) => !reportedUnits.has(u));
    const outstandingChats = outstandingUnits.flatMap((u) => [chatOf(2 * u - 1), chatOf(2 * u)]);
    const reportedChats = [...reportedUnits].flatMap((u) => [chatOf(2 * u - 1), chatOf(2 * u)]).concat(leader.id);
    // The set-up must be done before the minute, or the reminder could go before the reports are in.
    expect(Date.now(), "the set-up ran into the minute the reminder is due").toBeLessThan(due.getTime());

    // Slow answers keep the reminders in flight on both replicas when one is killed.
    api.fail({ method: "sendMessage", times: Infinity, reply: { kind: "slow", ms: 150 } });
    const lease = () => db.jobLease.findUnique({ where: { job_instant: { job: "report-reminders", instant: due } } });
    // The replica that took the minute's lease has run the job and finished the lease.
    const finished = await waitFor(
      "the report tick to run and finish its lease",
      async () => {
        const row = await lease();
        return row?.finishedAt ? row : undefined;
      },
      { timeoutMs: due.getTime() - Date.now() + 30_000, intervalMs: 200, context: replicaTails },
    );
    const holder = replicas.find((replica) => finished.holder.startsWith(`${replica.id}#`))!;
    expect(holder).toBeDefined();
    const reached = () => {
      const counts = countsPerChat(isReminder);
      return outstandingChats.filter((chatId) => (counts.get(chatId) ?? 0) > 0).length;
    };
    await waitFor("a quarter of the reminders", () => (reached() >= outstandingChats.length / 4 ? true : undefined), {
      timeoutMs: 60_000,
      intervalMs: 100,
      context: replicaTails,
    });
    holder.child.killHard();
    await holder.child.exited;
    expect(reached()).toBeLessThan(outstandingChats.length);
    api.clearFaults();

    // An operator's catch-up run meanwhile, as a third process: nothing is due any more, nothing is added.
    const rowsBefore = await db.outboxMessage.count({ where: reminderIntents });
    const operator = await runAppToEnd("src/cli/main.ts", ["jobs", "run", "report-reminders"], cliEnv());
    expect(operator.code, operator.stderr).toBe(0);
    expect(await db.outboxMessage.count({ where: reminderIntents })).toBe(rowsBefore);

    await waitFor(
      "every reminder to be settled",
      async () =>
        (await db.outboxMessage.count({ where: { intentId, state: { in: ["pending", "sending"] } } })) === 0 &&
        reached() === outstandingChats.length
          ? true
          : undefined,
      { timeoutMs: 90_000, intervalMs: 200, context: replicaTails },
    );

    // Queued: exactly one reminder per outstanding member, all sent, none to anyone else, nothing combined.
    const rows = await db.outboxMessage.findMany({ where: reminderIntents });
    expect(rows.every((row) => row.intentId === intentId && row.state === "sent")).toBe(true);
    expect(rows.map((row) => Number(row.chatId)).sort((a, b) => a - b)).toEqual(outstandingChats);
    // Recorded: one reminder row per outstanding unit, the bloc's own six units without members included.
    const reminded = await db.reportReminder.findMany({ where: { periodId } });
    const remindedUnits = await db.unit.findMany({ where: { id: { in: reminded.map((row) => row.unitId) } } });
    expect(reminded.every((row) => row.kind === "remind_0")).toBe(true);
    expect(remindedUnits.map((unit) => unit.code).sort()).toEqual(
      [...outstandingUnits.map(unitCode), ...exampleUnits.filter((code) => code !== "SVHTT")].sort(),
    );
    // Sent: every outstanding member got it, naming their unit; units that reported got nothing.
    const sends = countsPerChat(isReminder);
    expect(outstandingChats.filter((chatId) => !sends.has(chatId))).toEqual([]);
    expect(reportedChats.filter((chatId) => sends.has(chatId))).toEqual([]);
    for (const u of outstandingUnits)
      for (const person of [2 * u - 1, 2 * u])
        expect(api.sent(chatOf(person)).find((m) => isReminder(m.text ?? ""))?.text).toContain(unitName(u));
    const duplicates = [...sends.values()].reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(duplicateBound);
    // Both replicas sent part of them.
    expect(new Set(rows.map((row) => row.claimedBy?.split("#")[0])).size).toBe(2);
    // The job ran once for that minute, on the replica that was killed, and queued them all.
    expect(reminderRuns()).toHaveLength(1);
    expect(reminderRuns()[0]).toMatchObject({ replica: holder.id, result: { messages: outstandingChats.length } });
    tick = { due, holder: finished.holder, intentId, rows: rows.length, sends };
  },
  240_000,
);

test.skipIf(skipReason !== undefined)(
  "two replicas, one killed mid-broadcast: every member gets it once or within the bound, one report",
  async () => {
    await startReplicas();
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
    const reached = () => {
      const counts = countsPerChat(isAnnouncement);
      return seededChats.filter((chatId) => (counts.get(chatId) ?? 0) > 0).length;
    };
    await waitFor("a quarter of the broadcast", () => (reached() >= members / 4 ? true : undefined), {
      timeoutMs: 60_000,
      context: replicaTails,
    });
    // The one restarted above, so the one that lived through the report tick runs on into the next minute.
    const killed = replicas.find((replica) => replica.child === started.at(-1)) ?? replicas[1]!;
    killed.child.killHard();
    await killed.child.exited;
    expect(reached()).toBeLessThan(members);
    api.clearFaults();

    const progressText = () =>
      api.chatMessages(leader.id).find((m) => m.message_id === summary.messageId)?.text as string | undefined;
    await waitFor(
      "the progress message to say it is done",
      () => (progressText()?.startsWith("Đã gửi xong thông báo.") ? true : undefined),
      { timeoutMs: 90_000, context: () => `${progressText()}\n${replicaTails()}` },
    );
    expect(progressText()).toContain(`Đã gửi ${recipients}/${recipients} · 0 lỗi`);
    const sends = countsPerChat(isAnnouncement);
    const counts = seededChats.map((chatId) => sends.get(chatId) ?? 0);
    expect(counts.filter((n) => n === 0)).toEqual([]);
    const duplicates = counts.reduce((sum, n) => sum + n - 1, 0);
    expect(duplicates).toBeLessThanOrEqual(duplicateBound);
    // Both replicas sent part of it.
    const sentBy = psql(
      dbUrl,
      `SELECT count(DISTINCT split_part("claimedBy", '#', 1)) FROM "OutboxMessage" WHERE "intentId" LIKE 'announce:%'`,
    );
    expect(sentBy.stdout.trim()).toBe("2");

    const reports = () => api.sent(leader.id).filter((m) => m.text?.startsWith("Báo cáo gửi thông báo"));
    await waitFor("the final report", () => reports()[0], { timeoutMs: 15_000 });
    expect(reports()).toHaveLength(1);
    expect(reports()[0]!.text).toContain(`tất cả ${recipients} người nhận đã nhận được tin`);
  },
  240_000,
);

test.skipIf(skipReason !== undefined)(
  "the ticks after the report tick's minute, its holder dead, send no reminder again",
  async () => {
    expect(tick, "the report tick test ran").toBeDefined();
    const { due, holder, intentId, rows, sends } = tick!;
    // The replica that lived through the report tick, had it found the minute's lease held, looks at that minute
    // again at its next tick, before the next minute's run.
    const next = new Date(due.getTime() + 60_000);
    await waitFor(
      "the next minute's report tick",
      async () =>
        (await db.jobLease.findUnique({ where: { job_instant: { job: "report-reminders", instant: next } } }))
          ?.finishedAt ?? undefined,
      { timeoutMs: next.getTime() - Date.now() + 30_000, intervalMs: 200, context: replicaTails },
    );
    expect(await db.outboxMessage.count({ where: reminderIntents })).toBe(rows);
    expect(await db.outboxMessage.count({ where: { intentId } })).toBe(rows);
    expect(countsPerChat(isReminder)).toEqual(sends);
    expect(reminderRuns()).toHaveLength(1);
    // The killed holder's lease for the minute was never taken over.
    const lease = await db.jobLease.findUnique({ where: { job_instant: { job: "report-reminders", instant: due } } });
    expect(lease?.holder).toBe(holder);
  },
  120_000,
);
