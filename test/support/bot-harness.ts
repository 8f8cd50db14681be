import { checkSentText } from "./check-sent-text.js";
import type { Observer } from "../../src/metrics/observer.js";
import { Writable } from "node:stream";
import { Telegram } from "telegraf";
import type { Update, UserFromGetMe } from "telegraf/types";
import { createBot } from "../../src/bot/create-bot.js";
import { createOutboxSender } from "../../src/delivery/outbox-sender.js";
import { createOutboxRenderer } from "../../src/delivery/create-outbox-renderer.js";
import { encodeMessageAction } from "../../src/bot/encode-message-action.js";
import { createMenuCommands } from "../../src/bot/command-menus.js";
import { createProgressMessage } from "../../src/delivery/create-progress-message.js";
import { createAnnouncementProgressJob } from "../../src/scheduler/announcement-progress-job.js";
import type { Db } from "../../src/db/create-database.js";
import { createTranslator } from "../../src/i18n/translator.js";
import { createLogger } from "../../src/logger.js";

export type ApiCall = { method: string; payload: Record<string, any> };
export type TestUser = {
  id: number;
  first_name: string;
  last_name?: string;
  username?: string;
  language_code?: string;
};

export const testBotInfo: UserFromGetMe = {
  id: 777000,
  is_bot: true,
  first_name: "Khối",
  username: "KhoiTestBot",
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
} as UserFromGetMe;

type FakeApi = (method: string, payload: Record<string, any>) => Promise<unknown>;
const fakeApis = new Map<string, FakeApi>();
let patched = false;

// telegraf builds a new Telegram client per update, so calls are intercepted on the prototype and
// routed by bot token to the harness that owns it.
function interceptTelegram(): void {
  if (patched) return;
  patched = true;
  const original = Telegram.prototype.callApi;
  Telegram.prototype.callApi = function (this: Telegram, method: string, payload: any, extra?: any) {
    const fake = fakeApis.get((this as unknown as { token: string }).token);
    return (fake ? fake(method, payload ?? {}) : original.call(this, method as any, payload, extra)) as any;
  } as typeof Telegram.prototype.callApi;
}

let harnessCount = 0;
// Update ids are unique across harnesses because handled ids are remembered in the database.
let updateId = 1;

// Feeds real update JSON through the bot and records every Bot API call it makes instead of sending it.
// `progressWakeMs`: the outbox sender wakes the announcement-progress job, as in the running bot, at most this often.
export function createBotHarness(options: {
  db: Db;
  now?: () => Date;
  timeZone?: string;
  progressWakeMs?: number;
  observer?: Observer;
  updateClaims?: { claimant?: string; busyForMs?: number };
}) {
  const calls: ApiCall[] = [];
  const logLines: Record<string, any>[] = [];
  const failures: { method: string; chatId?: number; error: Error }[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  interceptTelegram();
  const token = `123456:TEST-token-for-harness-only-${++harnessCount}`;
  const clock = { now: options.now ?? (() => new Date()), failNext: false };
  const logger = createLogger({ level: "debug", pretty: false, destination: logStream });
  const translator = createTranslator({ fallbackLocale: "vi" });
  const outbox = { notified: 0, notify: () => void outbox.notified++ };
  const bot = createBot({
    db: options.db,
    logger,
    translator,
    outbox,
    clock: () => {
      if (clock.failNext) {
        clock.failNext = false;
        throw new Error("simulated failure");
      }
      return clock.now();
    },
    timeZone: options.timeZone ?? "Asia/Ho_Chi_Minh",
    defaultLocale: "vi",
    observer: options.observer,
    updateClaims: options.updateClaims,
    token,
    apiRoot: "http://127.0.0.1:9",
    botInfo: testBotInfo,
  });
  // The "announcement-progress" job; tests run it explicitly (progress()) unless they ask for the sender's wake-ups.
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
    clock: () => clock.now(),
    logger,
    minWakeMs: options.progressWakeMs,
  });
  // Limits are lifted so tests do not wait a second per private chat; rate tests set their own.
  const sender = createOutboxSender({
    db: options.db,
    telegram: bot.telegram,
    logger,
    clock: () => clock.now(),
    render: createOutboxRenderer({
      db: options.db,
      translator,
      defaultLocale: "vi",
      timeZone: options.timeZone ?? "Asia/Ho_Chi_Minh",
      encodeAction: encodeMessageAction,
      menuCommands: createMenuCommands(options.db, translator),
    }),
    limits: { globalPerSecond: 10_000, privatePerSecond: 10_000, groupPerMinute: 10_000 },
    backoff: { baseMs: 1, capMs: 5, maxAttempts: 3 },
    onSettled: options.progressWakeMs === undefined ? undefined : progress.wake,
  });
  // What getChatMember answers about the bot, per chat; by default a plain member.
  const botMembers = new Map<number, Record<string, any>>();
  let messageId = 1000;
  // Run after a call is recorded, before it is answered: lets a test act in the middle of a broadcast.
  const hooks: ((call: ApiCall) => Promise<void> | void)[] = [];
  fakeApis.set(token, async (method, payload) => {
    calls.push({ method, payload });
    checkSentText(method, payload);
    for (const hook of hooks) await hook({ method, payload });
    const index = failures.findIndex(
      (f) => f.method === method && (f.chatId === undefined || f.chatId === Number(payload.chat_id)),
    );
    if (index !== -1) throw failures.splice(index, 1)[0]!.error;
    if (method === "sendMessage" || method === "sendDocument" || method === "sendPhoto") {
      return {
        message_id: ++messageId,
        date: Math.floor(Date.now() / 1000),
        chat: { id: payload.chat_id, type: "private" },
        text: payload.text,
        caption: payload.caption,
      };
    }
    if (method === "getChatMember")
      return botMembers.get(Number(payload.chat_id)) ?? { status: "member", user: testBotInfo };
    return true;
  });

  let cbId = 1;
  const chatOf = (user: TestUser) => ({ id: user.id, type: "private" as const, first_name: user.first_name });

  async function send(update: Omit<Update, "update_id"> & { update_id?: number }) {
    const full = { ...update, update_id: update.update_id ?? updateId++ } as Update;
    await bot.handleUpdate(full);
    return full.update_id;
  }

  return {
    bot,
    calls,
    logLines,
    clock,
    onCall: (hook: (call: ApiCall) => Promise<void> | void) => void hooks.push(hook),
    failNextCall: (method: string, error: Error, chatId?: number) => void failures.push({ method, chatId, error }),
    outbox,
    // Sends what the outbox holds, as the running bot's sender would.
    deliver: () => sender.drain({ timeoutMs: 10_000 }),
    // One run of the announcement-progress job, as the running bot does when the sender has recorded outcomes.
    progress: () => progress.run(clock.now()),
    progressJob: progress,
    setBotMember: (chatId: number, member: Record<string, any>) =>
      void botMembers.set(chatId, { user: testBotInfo, ...member }),
    reset: () => calls.splice(0),
    send,
    async text(user: TestUser, text: string, extra: { updateId?: number; chat?: Record<string, any> } = {}) {
      const entities = text.startsWith("/")
        ? [{ type: "bot_command" as const, offset: 0, length: text.split(/\s/)[0]!.length }]
        : undefined;
      return send({
        update_id: extra.updateId,
        message: {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: (extra.chat ?? chatOf(user)) as any,
          from: { is_bot: false, ...user },
          text,
          ...(entities ? { entities } : {}),
        },
      } as any);
    },
    // Any other message a person can send: a document, a photo, a sticker…
    async message(user: TestUser, content: Record<string, any>, extra: { chat?: Record<string, any> } = {}) {
      return send({
        message: {
          message_id: ++messageId,
          date: Math.floor(Date.now() / 1000),
          chat: (extra.chat ?? chatOf(user)) as any,
          from: { is_bot: false, ...user },
          ...content,
        },
      } as any);
    },
    async press(
      user: TestUser,
      data: string,
      messageText = "…",
      extra: { chat?: Record<string, any>; messageId?: number } = {},
    ) {
      return send({
        callback_query: {
          id: String(cbId++),
          from: { is_bot: false, ...user },
          chat_instance: "1",
          data,
          message: {
            message_id: extra.messageId ?? ++messageId,
            date: Math.floor(Date.now() / 1000),
            chat: extra.chat ?? chatOf(user),
            text: messageText,
          },
        },
      } as any);
    },
    // Replies and edits addressed to one chat, as the person would read them.
    textsTo(chatId: number) {
      return calls
        .filter(
          (c) => (c.method === "sendMessage" || c.method === "editMessageText") && Number(c.payload.chat_id) === chatId,
        )
        .map((c) => String(c.payload.text));
    },
    lastTo(chatId: number) {
      const texts = this.textsTo(chatId);
      return texts[texts.length - 1] ?? "";
    },
    lastCallTo(chatId: number, method = "sendMessage") {
      return [...calls].reverse().find((c) => c.method === method && Number(c.payload.chat_id) === chatId);
    },
    buttonsOf(call: ApiCall | undefined) {
      const markup = call?.payload.reply_markup;
      const keyboard = (typeof markup === "string" ? JSON.parse(markup) : markup)?.inline_keyboard ?? [];
      return (keyboard as { text: string; callback_data: string }[][]).flat();
    },
  };
}

export type BotHarness = ReturnType<typeof createBotHarness>;
