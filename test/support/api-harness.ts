import { Writable } from "node:stream";
import type { Update, UserFromGetMe } from "telegraf/types";
import { createBot } from "../../src/bot/create-bot.js";
import { createProgressMessage } from "../../src/delivery/create-progress-message.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import { createOutboxRenderer } from "../../src/delivery/create-outbox-renderer.js";
import { encodeMessageAction } from "../../src/bot/encode-message-action.js";
import type { Db } from "../../src/db/create-database.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";
import { createJobs } from "../../src/scheduler/jobs.js";
import { createScheduler } from "../../src/scheduler/scheduler.js";
import { startFakeBotApi, type FakeBotApi, type MessageRef } from "./fake-bot-api/fake-bot-api.js";

type Person = { id: number; first_name: string; last_name?: string; language_code?: string };

// The bot over real HTTP: updates come from our fake Bot API and are handed to the bot one at a time, so a test
// reads like a conversation; every call the bot makes (including file downloads and uploads) goes over loopback.
export async function createApiHarness(options: { db: Db; now: () => Date; timeZone?: string }) {
  const api: FakeBotApi = await startFakeBotApi();
  const logLines: Record<string, any>[] = [];
  const logger = createLogger({
    level: "debug",
    pretty: false,
    destination: new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
        done();
      },
    }),
  });
  const translator = createTranslator({ fallbackLocale: "vi" });
  const timeZone = options.timeZone ?? "Asia/Ho_Chi_Minh";
  const clock = () => options.now();
  const bot = createBot({
    db: options.db,
    logger,
    translator,
    clock,
    timeZone,
    defaultLocale: "vi",
    outbox: { notify: () => undefined },
    token: api.token,
    apiRoot: api.apiRoot,
    botInfo: {
      ...api.botUser,
      can_join_groups: true,
      can_read_all_group_messages: false,
      supports_inline_queries: false,
    } as UserFromGetMe,
  });
  const sender = createOutboxSender({
    db: options.db,
    telegram: bot.telegram,
    logger,
    clock,
    render: createOutboxRenderer({
      db: options.db,
      translator,
      defaultLocale: "vi",
      timeZone,
      encodeAction: encodeMessageAction,
    }),
    limits: { globalPerSecond: 10_000, privatePerSecond: 10_000, groupPerMinute: 10_000 },
    backoff: { baseMs: 1, capMs: 5, maxAttempts: 3 },
  });
  // The "announcement-progress" job; tests run it explicitly (progress()), so it is not woken by the sender here.
  const progress = createAnnouncementProgressJob({
    db: options.db,
    show: createProgressMessage({
      db: options.db,
      telegram: bot.telegram,
      translator,
      defaultLocale: "vi",
      logger,
      encodeAction: encodeMessageAction,
    }),
    clock,
    logger,
  });
  const scheduler = createScheduler({
    jobs: createJobs({ db: options.db, timeZone, translator, defaultLocale: "vi", announcementProgress: progress }),
    timeZone,
    clock,
    logger,
  });
  const handle = (update: object) => bot.handleUpdate(update as Update);

  return {
    api,
    bot,
    logLines,
    text: (user: Person, text: string) => handle(api.sendText(user, text)),
    press: (user: Person, data: string, message?: MessageRef) => handle(api.pressButton(user, data, message)),
    document: (user: Person, fileId: string, caption?: string) => handle(api.sendDocument(user, fileId, caption)),
    replyDocument: (user: Person, fileId: string, replyTo: MessageRef) =>
      handle(api.replyDocument(user, fileId, replyTo)),
    send: (update: object) => handle(api.pushUpdate(update as never)),
    deliver: () => sender.drain({ timeoutMs: 20_000 }),
    progress: () => progress.run(clock()),
    runJobs: (now: Date) => scheduler.runAll(now),
    // The text (or caption) of the bot's latest message to a chat.
    lastTo: (chatId: number) => {
      const sent = api.sent(chatId).at(-1);
      return sent?.text ?? sent?.caption ?? "";
    },
    stop: () => api.stop(),
  };
}

export type ApiHarness = Awaited<ReturnType<typeof createApiHarness>>;
