import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { enqueueMessages } from "../src/domain/delivery/enqueue-messages.js";
import { startFakeBotApi, type FakeBotApi } from "../test/support/fake-bot-api/fake-bot-api.js";
import type { TestDb } from "../test/support/test-db.js";
import { caseName, createBenchDb, type BenchDialect } from "./bench-database.js";
import { mb, type BenchCase } from "./harness.js";

export type OutboxBroadcastOptions = {
  dialect: BenchDialect;
  recipients: number;
  globalPerSecond: number;
  throttledRatio: number;
  // Run the sender in a child process, kill -9 it once this share of the broadcast has gone out, start another.
  killAt?: number;
};

// A broadcast through the real outbox and sender to the fake Bot API with scaled-up limits (1 message/s per chat,
// every recipient a different private chat, so only the global limit binds). Lost and duplicated are counted
// from what the fake server received.
export function outboxBroadcast(options: OutboxBroadcastOptions): BenchCase {
  const kill = options.killAt !== undefined ? `, kill -9 at ${options.killAt * 100}%` : "";
  return {
    name: caseName(
      `outbox: ${options.recipients} @ ${options.globalPerSecond}/s, ${options.throttledRatio * 100}% 429${kill}`,
      options.dialect,
    ),
    run: async () => {
      const t = await createBenchDb(options.dialect);
      const api = await startFakeBotApi();
      if (options.throttledRatio > 0)
        api.failRandomly({
          method: "sendMessage",
          ratio: options.throttledRatio,
          reply: { kind: "429", retryAfter: 1 },
          seed: 42,
        });
      const chats = Array.from({ length: options.recipients }, (_, i) => 1_000_000 + i);
      const enqueueStart = performance.now();
      await t.db.$transaction(
        (tx) =>
          enqueueMessages(tx, {
            intentId: "bench",
            now: new Date(),
            messages: chats.map((chatId) => ({ recipientKey: String(chatId), chatId, text: "Thông báo" })),
          }),
        { timeout: 120_000 },
      );
      const enqueueMs = performance.now() - enqueueStart;
      const run = await runSender(t, api, options);
      const perChat = new Map<number, number>();
      for (const sent of api.sent()) perChat.set(sent.chatId, (perChat.get(sent.chatId) ?? 0) + 1);
      const lost = chats.filter((chatId) => !perChat.has(chatId)).length;
      const duplicated = [...perChat.values()].reduce((sum, n) => sum + n - 1, 0);
      const refusals = api.calls.filter((call) => call.errorCode === 429);
      // Telegram forbids resending sooner than retry_after: a 429 near the end adds that much to the broadcast.
      const lastRefusal = refusals.length > 0 ? Math.max(...refusals.map((call) => call.at)) : undefined;
      await api.stop();
      await t.close();
      return {
        "enqueue ms": Math.round(enqueueMs),
        "send s": run.seconds.toFixed(1),
        "achieved/s": Math.round(options.recipients / run.seconds),
        "rate ÷ limit": (options.recipients / run.seconds / options.globalPerSecond).toFixed(2),
        "429s": refusals.length,
        "last 429 → end s": lastRefusal === undefined ? "" : ((run.endedAt - lastRefusal) / 1000).toFixed(2),
        "cpu s": run.cpuSeconds.toFixed(1),
        "peak rss MB": run.peakRssMb,
        lost,
        duplicated,
        "sending at kill": run.sendingAtKill ?? "",
        "dup bound": run.bound ?? "",
      };
    },
  };
}

type RunFigures = {
  seconds: number;
  endedAt: number;
  cpuSeconds: number;
  peakRssMb: number;
  sendingAtKill?: number;
  bound?: number;
};

// The sender runs in a child process, as the bot would, with Telegram (the fake) in this one: they do not
// share an event loop, and RSS and CPU are the sender's own. Time runs from the sender's start to the last
// message reaching the fake server. With `killAt`, the child is killed with SIGKILL midway, as in
// test/delivery/crash-recovery.test.ts, and a second one finishes the broadcast: the restart is in the time.
async function runSender(t: TestDb, api: FakeBotApi, options: OutboxBroadcastOptions): Promise<RunFigures> {
  const children: ChildProcess[] = [];
  try {
    const first = await startSender(t, api, options);
    children.push(first.child);
    const start = first.startedAt;
    let sendingAtKill: number | undefined;
    let firstUsage = { peakRss: 0, cpuSeconds: 0 };
    let last = first;
    if (options.killAt !== undefined) {
      await until(() => api.sent().length >= options.recipients * options.killAt!);
      firstUsage = usage(first.child.pid!);
      first.child.kill("SIGKILL");
      await exited(first.child);
      sendingAtKill = await t.db.outboxMessage.count({ where: { state: "sending" } });
      last = await startSender(t, api, options);
      children.push(last.child);
    }
    await until(
      async () => (await t.db.outboxMessage.count({ where: { state: { in: ["pending", "sending"] } } })) === 0,
    );
    const endedAt = Math.max(...api.sent().map((sent) => sent.at));
    const seconds = (endedAt - start) / 1000;
    const lastUsage = usage(last.child.pid!);
    last.child.kill("SIGTERM");
    await exited(last.child);
    return {
      seconds,
      endedAt,
      cpuSeconds: firstUsage.cpuSeconds + lastUsage.cpuSeconds,
      peakRssMb: mb(Math.max(firstUsage.peakRss, lastUsage.peakRss)),
      ...(sendingAtKill !== undefined ? { sendingAtKill } : {}),
      bound: first.unsettledBound,
    };
  } finally {
    // A bench that fails or times out leaves no sender running.
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
}

async function startSender(
  t: TestDb,
  api: FakeBotApi,
  options: OutboxBroadcastOptions,
): Promise<{ child: ChildProcess; unsettledBound: number; startedAt: number }> {
  const child = spawn(process.execPath, ["--import", "tsx", "test/delivery/fixtures/run-sender.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      GLOBAL_PER_SECOND: String(options.globalPerSecond),
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const started = new Promise<number>((resolve, reject) => {
    // Read to the end (a full pipe would block the child's synchronous logger); kept only until the start line.
    child.stdout!.on("data", (chunk: Buffer) => {
      if (output.includes("sender started")) return;
      output += chunk.toString();
      const line = /sender started (\{.*\})/.exec(output);
      if (line) resolve((JSON.parse(line[1]!) as { unsettledBound: number }).unsettledBound);
    });
    child.once("exit", (code) => reject(new Error(`sender exited early (${code}): ${output}`)));
  });
  const unsettledBound = await started;
  return { child, unsettledBound, startedAt: performance.now() };
}

// Peak RSS (VmHWM) and CPU time of a live process, read from /proc (Linux).
function usage(pid: number): { peakRss: number; cpuSeconds: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const peakKb = Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0);
  // utime and stime, fields 14 and 15, in clock ticks (100 per second on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return { peakRss: peakKb * 1024, cpuSeconds: (Number(fields[11]) + Number(fields[12])) / 100 };
}

async function until(probe: () => boolean | Promise<boolean>, timeoutMs = 300_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error("bench: timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) =>
    child.exitCode !== null || child.signalCode ? resolve() : child.once("exit", () => resolve()),
  );
