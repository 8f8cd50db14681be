import { spawn, type ChildProcess } from "node:child_process";
import { SharedRateBudget } from "../src/delivery/shared-rate-budget.js";
import { enqueueMessages } from "../src/domain/delivery/enqueue-messages.js";
import { maxInWindow, startFakeBotApi, type FakeBotApi } from "../test/support/fake-bot-api/fake-bot-api.js";
import type { TestDb } from "../test/support/test-db.js";
import { caseName, createBenchDb, type BenchDialect } from "./bench-database.js";
import type { BenchCase } from "./harness.js";

export type ReplicaBroadcastOptions = {
  dialect: BenchDialect;
  replicas: number;
  recipients: number;
  globalPerSecond: number;
  shared: boolean;
};

// One replica: a process running the real outbox sender on the shared database.
function startReplica(t: TestDb, api: FakeBotApi, id: string, options: ReplicaBroadcastOptions) {
  const child = spawn(process.execPath, ["--import", "tsx", "test/delivery/fixtures/run-sender.ts"], {
    env: {
      ...process.env,
      DATABASE_URL: t.url,
      BOT_TOKEN: api.token,
      TELEGRAM_API_ROOT: api.apiRoot,
      GLOBAL_PER_SECOND: String(options.globalPerSecond),
      EXCLUSIVE: "0",
      REPLICA_ID: id,
      SHARED_BUDGET: options.shared ? "1" : "0",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  const started = new Promise<ChildProcess>((resolve, reject) => {
    child.stdout!.on("data", (chunk: Buffer) => {
      if (output.includes("sender started")) return;
      output += chunk.toString();
      if (output.includes("sender started")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`sender exited early (${code}): ${output}`)));
  });
  return started;
}

// The broadcast rate of several replicas (sender processes on one database) against Telegram's global limit,
// measured where Telegram counts, at the fake server: the rate achieved, and the most sends in any one second.
export function replicaBroadcast(options: ReplicaBroadcastOptions): BenchCase {
  const budget = options.shared ? ", shared budget" : ", each its own limit";
  return {
    name: caseName(
      `replicas: ${options.replicas} × sender, ${options.recipients} @ ${options.globalPerSecond}/s${budget}`,
      options.dialect,
    ),
    run: async () => {
      const t = await createBenchDb(options.dialect);
      const api = await startFakeBotApi();
      const chats = Array.from({ length: options.recipients }, (_, i) => 2_000_000 + i);
      const messages = chats.map((chatId) => ({ recipientKey: String(chatId), chatId, text: "Thông báo" }));
      await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "bench", now: new Date(), messages }));
      const ids = Array.from({ length: options.replicas }, (_, i) => `replica-${i + 1}`);
      // The rate is taken from the first to the last send at the server, so start-up time does not count.
      const children = await Promise.all(ids.map((id) => startReplica(t, api, id, options)));
      try {
        while ((await t.db.outboxMessage.count({ where: { state: { not: "sent" } } })) > 0)
          await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        for (const child of children) child.kill("SIGKILL");
      }
      const times = api.sent().map((message) => message.at);
      const seconds = (Math.max(...times) - Math.min(...times)) / 1000;
      const perChat = new Map<number, number>();
      for (const message of api.sent()) perChat.set(message.chatId, (perChat.get(message.chatId) ?? 0) + 1);
      const bySender = await t.db.outboxMessage.groupBy({
        by: ["claimedBy"],
        _count: true,
        orderBy: { claimedBy: "asc" },
      });
      await api.stop();
      await t.close();
      const maxSecond = maxInWindow(times, 1000);
      const sustained = new SharedRateBudget({ db: t.db, globalPerSecond: options.globalPerSecond }).sustainedPerSecond;
      return {
        "send s": seconds.toFixed(1),
        "achieved/s": Math.round(options.recipients / seconds),
        "rate ÷ limit": (options.recipients / seconds / options.globalPerSecond).toFixed(2),
        "max in 1 s": maxSecond,
        "max ÷ limit": (maxSecond / options.globalPerSecond).toFixed(2),
        "budget's sustained/s": options.shared ? sustained.toFixed(1) : "-",
        "sent per replica": bySender.map((row) => row._count).join(" / "),
        duplicated: [...perChat.values()].reduce((sum, n) => sum + n - 1, 0),
      };
    },
  };
}
