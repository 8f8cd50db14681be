import { performance } from "node:perf_hooks";
import { Telegram } from "telegraf";
import { createOutboxSender } from "../src/delivery/outbox-sender.js";
import { createOutboxRenderer } from "../src/delivery/render-outbox-text.js";
import { enqueueMessages } from "../src/domain/delivery/enqueue-messages.js";
import { createTranslator } from "../src/i18n/translator.js";
import { createLogger } from "../src/logger.js";
import { startFakeBotApi } from "../test/support/fake-bot-api/fake-bot-api.js";
import { createTestDb } from "../test/support/test-db.js";
import { mb, type BenchCase } from "./harness.js";

// A broadcast through the real outbox and sender to the fake Bot API with scaled-up limits.
export function outboxBroadcast(options: { recipients: number; globalPerSecond: number; throttledRatio: number }): BenchCase {
  return {
    name: `outbox: ${options.recipients} recipients @ ${options.globalPerSecond}/s, ${options.throttledRatio * 100}% 429`,
    run: async () => {
      const t = await createTestDb();
      const api = await startFakeBotApi();
      if (options.throttledRatio > 0) api.failRandomly({ method: "sendMessage", ratio: options.throttledRatio, reply: { kind: "429", retryAfter: 1 }, seed: 42 });
      const chats = Array.from({ length: options.recipients }, (_, i) => 1_000_000 + i);
      const enqueueStart = performance.now();
      await t.db.$transaction((tx) => enqueueMessages(tx, { intentId: "bench", now: new Date(), messages: chats.map((chatId) => ({ recipientKey: String(chatId), chatId, text: "Thông báo" })) }), { timeout: 120_000 });
      const enqueueMs = performance.now() - enqueueStart;
      const sender = createOutboxSender({
        db: t.db,
        telegram: new Telegram(api.token, { apiRoot: api.apiRoot }),
        logger: createLogger({ level: "silent", pretty: false }),
        clock: () => new Date(),
        render: createOutboxRenderer({ db: t.db, translator: createTranslator({ fallbackLocale: "vi" }), defaultLocale: "vi" }),
        limits: { globalPerSecond: options.globalPerSecond },
        concurrency: 32,
        batchSize: 500,
      });
      let peakRss = process.memoryUsage().rss;
      const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
      const start = performance.now();
      await sender.drain({ timeoutMs: 600_000 });
      const seconds = (performance.now() - start) / 1000;
      clearInterval(sampler);
      const perChat = new Map<number, number>();
      for (const sent of api.sent()) perChat.set(sent.chatId, (perChat.get(sent.chatId) ?? 0) + 1);
      const lost = chats.filter((chatId) => !perChat.has(chatId)).length;
      const duplicated = [...perChat.values()].reduce((sum, n) => sum + n - 1, 0);
      await api.stop();
      await t.close();
      return {
        "enqueue ms": Math.round(enqueueMs),
        "send s": seconds.toFixed(1),
        "achieved/s": Math.round(options.recipients / seconds),
        "rate ÷ limit": (options.recipients / seconds / options.globalPerSecond).toFixed(2),
        "peak rss MB": mb(peakRss),
        lost,
        duplicated,
      };
    },
  };
}
