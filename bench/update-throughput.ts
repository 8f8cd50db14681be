import { performance } from "node:perf_hooks";
import { Telegraf, Telegram } from "telegraf";
import type { Update } from "telegraf/types";
import { createBotHarness, testBotInfo, type TestUser } from "../test/support/bot-harness.js";
import { makeUser, seedExampleBloc } from "../test/support/fixtures.js";
import { caseName, createBenchDb, type BenchDialect } from "./bench-database.js";
import { mb, percentile, type BenchCase } from "./harness.js";
import { claimUpdate } from "../src/domain/updates/claim-update.js";
import { finishUpdate } from "../src/domain/updates/finish-update.js";
import { loadActorAndConversation } from "../src/domain/people/load-actor.js";

// cpuSeconds: this process's CPU time, which other load on the machine inflates much less than the wall clock.
type Phase = { count: number; seconds: number; cpuSeconds: number; latencies: number[] };

// Updates through the whole bot (dedupe, actor loading, policy, SQLite writes), Telegram faked in-process, one
// update at a time (latency is the person's wait). Registrations (/start <token>: a transaction, an audit row and
// the leader unit's join digest) and reads (/help by members) are measured apart, and the same /help through a
// bare telegraf bot with the same fake Telegram gives the floor: the ratio is the share of telegraf's speed kept.
// "database only" runs a /help's own statements (claim, actor with open wizard, finish) through Prisma with no
// bot around them: the ceiling any bot reaches on this database layer, and the rest is telegraf, texts and replies.
export function updateThroughput(options: {
  registrations: number;
  helps: number;
  dialect: BenchDialect;
}): BenchCase[] {
  let measured:
    Promise<{ registrations: Phase; reads: Phase; bare: Phase; statements: Phase; rssMb: number }> | undefined;
  const measure = () => (measured ??= run(options));
  const figures = (phase: Phase, bare?: Phase) => {
    const sorted = [...phase.latencies].sort((a, b) => a - b);
    const rate = phase.count / phase.seconds;
    return {
      "updates/s": Math.round(rate),
      "p50 ms": percentile(sorted, 50).toFixed(2),
      "p95 ms": percentile(sorted, 95).toFixed(2),
      "p99 ms": percentile(sorted, 99).toFixed(2),
      "cpu ms/update": ((phase.cpuSeconds * 1000) / phase.count).toFixed(3),
      ...(bare ? { "÷ bare telegraf": (rate / (bare.count / bare.seconds)).toPrecision(2) } : {}),
    };
  };
  return [
    {
      name: caseName(`bot: ${options.registrations} × /start <token> (registrations)`, options.dialect),
      run: async () => {
        const m = await measure();
        return { ...figures(m.registrations, m.bare), "rss MB": m.rssMb };
      },
    },
    {
      name: caseName(`bot: ${options.helps} × /help by members (reads)`, options.dialect),
      run: async () => {
        const m = await measure();
        return figures(m.reads, m.bare);
      },
    },
    {
      name: caseName(`bare telegraf: ${options.helps} × /help`, options.dialect),
      run: async () => figures((await measure()).bare),
    },
    {
      name: caseName(`database only: ${options.helps} × a /help's statements`, options.dialect),
      run: async () => figures((await measure()).statements),
    },
  ];
}

async function run(options: { registrations: number; helps: number; dialect: BenchDialect }) {
  const t = await createBenchDb(options.dialect);
  const seed = await seedExampleBloc(t.db);
  const h = createBotHarness({ db: t.db });
  const users = Array.from({ length: options.registrations }, (_, i) => makeUser(`U${i}`));
  const tokens: string[] = [];
  for (let i = 0; i < users.length; i++)
    tokens.push(await seed.invite(seed.units[i % seed.units.length]!.code, "liaison"));
  const registrations = await timed(users.length, (i) => h.text(users[i]!, `/start ${tokens[i]}`));
  const reads = await timed(options.helps, (i) => h.text(users[i % users.length]!, "/help"));
  const bare = await bareTelegraf(options.helps);
  const statements = await timed(options.helps, async (i) => {
    const updateId = 900_000_000 + i;
    await claimUpdate(t.db, { updateId, claimant: "bench", now: new Date() });
    await loadActorAndConversation(t.db, { telegramId: users[i % users.length]!.id, now: new Date() });
    await finishUpdate(t.db, { updateId, now: new Date() });
  });
  const rssMb = mb(process.memoryUsage().rss);
  await t.close();
  return { registrations, reads, bare, statements, rssMb };
}

async function timed(count: number, handle: (i: number) => Promise<unknown>): Promise<Phase> {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  const started = performance.now();
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    await handle(i);
    latencies.push(performance.now() - t0);
  }
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  return { count, seconds, cpuSeconds: (used.user + used.system) / 1e6, latencies };
}

const bareToken = "123456:BARE-telegraf-bot-for-the-bench-only";

// The same update JSON and the same in-process fake Telegram as the harness, with a bot that only answers /help.
async function bareTelegraf(helps: number): Promise<Phase> {
  const original = Telegram.prototype.callApi;
  let messageId = 1;
  Telegram.prototype.callApi = function (this: Telegram, method: string, payload: any, extra?: any) {
    if ((this as unknown as { token: string }).token !== bareToken)
      return original.call(this, method as any, payload, extra) as any;
    return Promise.resolve({ message_id: ++messageId, date: 0, chat: { id: payload.chat_id }, text: payload.text });
  } as typeof Telegram.prototype.callApi;
  try {
    const bot = new Telegraf(bareToken, { telegram: { apiRoot: "http://127.0.0.1:9" } });
    bot.botInfo = testBotInfo;
    bot.help((ctx) => ctx.reply("Các lệnh: /help"));
    const users: TestUser[] = Array.from({ length: 100 }, (_, i) => makeUser(`B${i}`));
    let updateId = 1;
    return await timed(helps, (i) => {
      const user = users[i % users.length]!;
      const update = {
        update_id: updateId++,
        message: {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: { id: user.id, type: "private", first_name: user.first_name },
          from: { is_bot: false, ...user },
          text: "/help",
          entities: [{ type: "bot_command", offset: 0, length: 5 }],
        },
      } as unknown as Update;
      return bot.handleUpdate(update);
    });
  } finally {
    Telegram.prototype.callApi = original;
  }
}
