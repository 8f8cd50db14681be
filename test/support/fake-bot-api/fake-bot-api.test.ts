import { Markup, Telegraf, TelegramError } from "telegraf";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startFakeBotApi, maxInWindow, type FakeBotApi, type FakeCall, type FaultReply } from "./fake-bot-api.js";
import { FaultPlan } from "./faults.js";
import { takeTextProblems } from "../check-sent-text.js";

// These tests send over-long and malformed texts on purpose, to see the fake refuse them like Telegram does.
afterEach(() => void takeTextProblems());

let api: FakeBotApi;
const running: Array<() => Promise<void>> = [];

beforeEach(async () => {
  api = await startFakeBotApi();
});

afterEach(async () => {
  // Bots first: a polling bot whose server is gone retries every 5 s and keeps the worker alive.
  for (const stop of running.splice(0)) await stop();
  await api.stop();
});

// telegraf's typings name the abort-controller polyfill's AbortSignal; the native one works the same.
type TelegrafSignal = NonNullable<Parameters<Telegraf["telegram"]["callApi"]>[2]>["signal"];

/** A telegraf instance for direct calls (never launched). */
const client = () => new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } }).telegram;

/** Launches `bot` with long polling; resolves once it is connected. */
async function launch(bot: Telegraf): Promise<void> {
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const done = bot.launch(() => connected());
  await Promise.race([ready, done]);
  running.push(async () => {
    bot.stop("test over");
    await done;
  });
}

async function stopBots(): Promise<void> {
  for (const stop of running.splice(0)) await stop();
}

async function until(condition: () => boolean, timeoutMs = 2_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function raw(path: string, init?: RequestInit): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(api.apiRoot + path, init);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const postJson = (method: string, body: unknown) =>
  raw(`/bot${api.token}/${method}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error("expected a rejection");
}

describe("routing and parsing", () => {
  it("refuses a wrong token and unknown methods the way the Bot API does", async () => {
    expect(await raw("/bot1:wrong/getMe")).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: "Unauthorized" },
    });
    expect(await postJson("sendSticker", { chat_id: 1 })).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: "Not Found: method not found" },
    });
    expect(api.callsTo("getMe")[0]).toMatchObject({ outcome: "error", errorCode: 401 });
  });

  it("reads JSON, urlencoded and query parameters, with case-insensitive method names", async () => {
    const json = await postJson("sendMessage", { chat_id: 7, text: "một" });
    const form = await raw(`/bot${api.token}/SENDMESSAGE`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ chat_id: "7", text: "hai", disable_notification: "true" }).toString(),
    });
    const query = await raw(`/bot${api.token}/sendMessage?chat_id=-1001&text=ba`);
    expect([json.body["result"], form.body["result"], query.body["result"]]).toMatchObject([
      { message_id: 1, text: "một", chat: { id: 7, type: "private" }, from: { id: 123456789, is_bot: true } },
      { message_id: 2, text: "hai" },
      { message_id: 1, text: "ba", chat: { id: -1001, type: "supergroup" } },
    ]);
    expect(api.callsTo("sendMessage").map((c) => c.params)).toMatchObject([
      { chat_id: 7 },
      { chat_id: 7, disable_notification: true },
      { chat_id: -1001 },
    ]);
  });

  it("answers getMe with the configured bot", async () => {
    const other = await startFakeBotApi({ token: "42:secret", username: "other_bot" });
    try {
      const me = await new Telegraf("42:secret", { telegram: { apiRoot: other.apiRoot } }).telegram.getMe();
      expect(me).toMatchObject({ id: 42, is_bot: true, username: "other_bot", can_join_groups: true });
    } finally {
      await other.stop();
    }
  });
});

describe("getUpdates", () => {
  it("drives a real telegraf bot and confirms what it fetched", async () => {
    const handled: number[] = [];
    const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    bot.command("ping", async (ctx) => {
      handled.push(ctx.update.update_id);
      await ctx.reply("pong");
    });
    await launch(bot);

    const first = api.sendText(42, "/ping");
    await api.waitFor((c) => c.method === "sendMessage" && c.outcome === "ok");
    expect(api.sent(42)).toMatchObject([{ chatId: 42, messageId: 2, text: "pong", answered: true }]);
    // The next long poll carries offset = update_id + 1, which confirms (drops) the update.
    await until(() => api.pendingUpdates().length === 0 && api.isLongPolling());
    await stopBots();

    // A new bot instance does not see the confirmed update again, only the new one.
    const second = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    second.command("ping", async (ctx) => {
      handled.push(ctx.update.update_id);
      await ctx.reply("pong again");
    });
    await launch(second);
    const next = api.sendText(42, "/ping");
    await api.waitFor((c) => c.method === "sendMessage" && (c.result as { text?: string }).text === "pong again");
    await stopBots();

    expect(handled).toEqual([first.update_id, next.update_id]);
    expect(api.sent(42).map((m) => m.text)).toEqual(["pong", "pong again"]);
    expect(api.callsTo("getUpdates").some((c) => c.params["offset"] === first.update_id + 1)).toBe(true);
  });

  it("redelivers updates until an offset passes them", async () => {
    const telegram = client();
    const [a, b, c] = [api.sendText(1, "a"), api.sendText(1, "b"), api.sendText(2, "c")];
    const ids = (updates: { update_id: number }[]) => updates.map((u) => u.update_id);

    expect(ids(await telegram.getUpdates(0, 2, 0, undefined))).toEqual([a.update_id, b.update_id]);
    expect(ids(await telegram.getUpdates(0, 2, 0, undefined))).toEqual([a.update_id, b.update_id]);
    expect(ids(await telegram.getUpdates(0, 100, b.update_id + 1, undefined))).toEqual([c.update_id]);
    expect(ids(await telegram.getUpdates(0, 100, c.update_id, undefined))).toEqual([c.update_id]);
    expect(await telegram.getUpdates(0, 100, c.update_id + 1, undefined)).toEqual([]);
    expect(api.pendingUpdates()).toEqual([]);
  });

  it("hands an unconfirmed update to the next bot instance", async () => {
    const update = api.sendText(42, "/ping");
    // Fetched by an instance that died before confirming.
    expect(await client().getUpdates(0, 100, 0, undefined)).toHaveLength(1);

    const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    const seen: number[] = [];
    bot.command("ping", async (ctx) => {
      seen.push(ctx.update.update_id);
      await ctx.reply("pong");
    });
    await launch(bot);
    await api.waitFor((c) => c.method === "sendMessage");
    expect(seen).toEqual([update.update_id]);
  });

  it("shows that telegraf confirms a batch whose handler failed when its polling loop ends", async () => {
    const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    bot.command("boom", () => {
      throw new Error("handler failed");
    });
    // Rethrow without telegraf's default handler, which also sets process.exitCode.
    bot.catch((error) => {
      throw error;
    });
    const failed = api.sendText(42, "/boom");
    await expect(bot.launch()).rejects.toThrow("handler failed");
    // The update is gone: the sync on the way out sent offset = update_id + 1.
    expect(api.pendingUpdates()).toEqual([]);
    expect(api.callsTo("getUpdates").at(-1)?.params).toMatchObject({ offset: failed.update_id + 1, limit: 1 });
  });

  it("long-polls: answers as soon as an update arrives, and ends waiting polls on stop", async () => {
    const telegram = client();
    const started = performance.now();
    const polled = telegram.getUpdates(30, 100, 0, undefined);
    setTimeout(() => {
      api.sendText(5, "x");
      api.sendText(5, "y");
    }, 30);
    // Both updates pushed in one go come back in one answer.
    expect((await polled).map((u) => (u as { message: { text: string } }).message.text)).toEqual(["x", "y"]);
    expect(performance.now() - started).toBeLessThan(1_000);

    const waiting = telegram.getUpdates(30, 100, 0, ["callback_query"]);
    await until(() => api.isLongPolling());
    const stoppedAt = performance.now();
    await api.stop();
    expect(await waiting).toEqual([]);
    expect(performance.now() - stoppedAt).toBeLessThan(1_000);
  });

  it("answers an older waiting poll with 409 when another arrives, and refuses polling while a webhook is set", async () => {
    const telegram = client();
    const older = rejection(telegram.getUpdates(30, 100, 0, undefined));
    await until(() => api.isLongPolling());
    const newer = telegram.getUpdates(0, 100, 0, undefined);
    expect(await older).toMatchObject({ code: 409 });
    expect(await newer).toEqual([]);

    await telegram.setWebhook("https://example.test/hook");
    expect(await rejection(telegram.getUpdates(0, 100, 0, undefined))).toMatchObject({ code: 409 });
    expect(await telegram.deleteWebhook()).toBe(true);
    expect(await telegram.getUpdates(0, 100, 0, undefined)).toEqual([]);
  });
});

describe("files", () => {
  it("stores a multipart upload from telegraf and serves it back through getFile", async () => {
    const telegram = client();
    const bytes = Buffer.concat([Buffer.from("Báo cáo tuần\r\n--"), Buffer.from([0, 255, 13, 10])]);
    const message = await telegram.sendDocument(42, { source: bytes, filename: "a.docx" }, { caption: "Báo cáo" });
    expect(message.document).toMatchObject({
      file_name: "a.docx",
      mime_type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      file_size: bytes.length,
    });
    expect(api.callsTo("sendDocument")[0]?.params).toMatchObject({
      chat_id: 42,
      caption: "Báo cáo",
      document: { upload: true, fileName: "a.docx", size: bytes.length },
    });

    const file = await telegram.getFile(message.document.file_id);
    expect(file).toMatchObject({ file_id: message.document.file_id, file_size: bytes.length });
    const download = await fetch(`${api.apiRoot}/file/bot${api.token}/${file.file_path}`);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(bytes);

    // Sending the file_id again reuses the stored file.
    const again = await telegram.sendDocument(-1005, message.document.file_id);
    expect(again.document).toMatchObject({
      file_id: message.document.file_id,
      file_unique_id: message.document.file_unique_id,
    });
    expect(api.sent().map((m) => [m.chatId, m.file?.fileName, m.caption])).toEqual([
      [42, "a.docx", "Báo cáo"],
      [-1005, "a.docx", undefined],
    ]);

    const photo = await telegram.sendPhoto(42, { source: Buffer.from("not really a jpeg") });
    expect(photo.photo[0]).toMatchObject({ file_size: 17 });
    expect(await rejection(telegram.sendDocument(42, "no-such-file-id"))).toMatchObject({
      description: "Bad Request: wrong file identifier/HTTP URL specified",
    });
  });

  it("lets a user send a seeded file that the bot downloads", async () => {
    const seeded = api.addFile("họ tên;lớp\nAn;10A\n", { fileName: "danh-sach.csv" });
    const bot = new Telegraf(api.token, { telegram: { apiRoot: api.apiRoot } });
    bot.on("document", async (ctx) => {
      const link = await ctx.telegram.getFileLink(ctx.message.document.file_id);
      const text = await (await fetch(link)).text();
      await ctx.reply(
        `${ctx.message.document.file_name} ${ctx.message.document.mime_type} ${ctx.message.caption}: ${text.split("\n")[1]}`,
      );
    });
    await launch(bot);
    api.sendDocument(42, seeded, "lớp 10A");
    const reply = await api.waitFor((c) => c.method === "sendMessage");
    expect((reply.result as { text: string }).text).toBe("danh-sach.csv text/csv lớp 10A: An;10A");
  });
});

describe("faults", () => {
  const cases: Array<[string, FaultReply, Record<string, unknown>]> = [
    [
      "429",
      { kind: "429", retryAfter: 3 },
      { code: 429, description: "Too Many Requests: retry after 3", parameters: { retry_after: 3 } },
    ],
    ["403", { kind: "403" }, { code: 403, description: "Forbidden: bot was blocked by the user" }],
    [
      "400",
      { kind: "400", description: "Bad Request: chat not found" },
      { code: 400, description: "Bad Request: chat not found" },
    ],
    [
      "migrate",
      { kind: "migrate", migrateToChatId: -100777 },
      { code: 400, parameters: { migrate_to_chat_id: -100777 } },
    ],
    ["5xx", { kind: "5xx", status: 502 }, { code: 502, description: "Bad Gateway" }],
  ];

  it.each(cases)("%s reaches telegraf as a TelegramError", async (_name, reply, expected) => {
    api.fail({ method: "sendMessage", chatId: 9, reply });
    const error = await rejection(client().sendMessage(9, "xin chào"));
    expect(error).toBeInstanceOf(TelegramError);
    expect(error).toMatchObject(expected);
    expect(api.sent()).toEqual([]);
    // One failure only (times defaults to 1).
    await client().sendMessage(9, "xin chào");
    expect(api.callsTo("sendMessage").map((c) => c.outcome)).toEqual(["error", "ok"]);
  });

  it("fails per chat and as many times as asked", async () => {
    const telegram = client();
    api.fail({ method: "send*", chatId: 1, times: 2, reply: { kind: "403" } });
    await expect(telegram.sendMessage(1, "a")).rejects.toMatchObject({ code: 403 });
    await telegram.sendMessage(2, "b");
    await expect(telegram.sendDocument(1, { source: Buffer.from("x"), filename: "x.txt" })).rejects.toMatchObject({
      code: 403,
    });
    await telegram.sendMessage(1, "c");
    expect(api.sent().map((m) => m.chatId)).toEqual([2, 1]);
    expect(api.callsTo("send*", 1).map((c) => [c.method, c.outcome, c.errorCode])).toEqual([
      ["sendMessage", "error", 403],
      ["sendDocument", "error", 403],
      ["sendMessage", "ok", undefined],
    ]);
  });

  it("drops the connection: a network error in telegraf, and nothing delivered", async () => {
    api.fail({ method: "sendMessage", reply: { kind: "drop" } });
    const error = await rejection(client().sendMessage(3, "lost"));
    expect(error).not.toBeInstanceOf(TelegramError);
    expect(error).toMatchObject({ name: "FetchError", code: "ECONNRESET" });
    expect(api.callsTo("sendMessage")).toMatchObject([{ outcome: "dropped", fault: "drop" }]);
    expect(api.sent()).toEqual([]);
  });

  it("drops the answer after delivering: the message exists though the call failed", async () => {
    api.fail({ method: "sendMessage", reply: { kind: "drop", afterProcessing: true } });
    await expect(client().sendMessage(3, "delivered anyway")).rejects.toMatchObject({ name: "FetchError" });
    expect(api.sent(3)).toMatchObject([{ text: "delivered anyway", answered: false }]);
    expect(api.chatMessages(3)).toHaveLength(1);
  });

  it("answers slowly, and still delivers when the client gives up first", async () => {
    const telegram = client();
    api.fail({ method: "sendMessage", times: 2, reply: { kind: "slow", ms: 150 } });
    const started = performance.now();
    expect(await telegram.sendMessage(4, "slow")).toMatchObject({ text: "slow" });
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);

    const aborted = await rejection(
      telegram.callApi(
        "sendMessage",
        { chat_id: 4, text: "timed out" },
        { signal: AbortSignal.timeout(30) as TelegrafSignal },
      ),
    );
    expect(aborted.name).toBe("AbortError");
    const late = await api.waitFor((c) => c.params["text"] === "timed out");
    expect(late).toMatchObject({ outcome: "dropped", fault: "slow", messageId: 2 });
    expect(api.sent(4).map((m) => [m.text, m.answered])).toEqual([
      ["slow", true],
      ["timed out", false],
    ]);
  });

  it("fails a seeded, reproducible share of calls", () => {
    const run = (seed: number) => {
      const plan = new FaultPlan();
      plan.failRandomly({ method: "send*", ratio: 0.01, seed, reply: { kind: "429", retryAfter: 1 } });
      return Array.from({ length: 10_000 }, (_, i) => i).filter(() => plan.take("sendMessage", 1) !== undefined);
    };
    const failures = run(7);
    expect(failures.length).toBeGreaterThan(70);
    expect(failures.length).toBeLessThan(130);
    expect(run(7)).toEqual(failures);
    expect(run(8)).not.toEqual(failures);

    const plan = new FaultPlan();
    const withdraw = plan.failRandomly({ method: "sendMessage", ratio: 1, reply: { kind: "403" } });
    expect(plan.take("getMe", undefined)).toBeUndefined();
    expect(plan.take("sendMessage", 5)).toEqual({ kind: "403" });
    withdraw();
    expect(plan.take("sendMessage", 5)).toBeUndefined();
  });
});

describe("the call log", () => {
  it("measures the densest window of deliveries", () => {
    expect(maxInWindow([], 1_000)).toBe(0);
    expect(maxInWindow([0, 10, 20, 30, 1_030, 1_031], 1_000)).toBe(4);
    // Half-open windows: 0 and 1000 are not in the same second.
    expect(maxInWindow([1_000, 0, 2_000, 3_000], 1_000)).toBe(1);
    expect(maxInWindow([0, 999, 1_000, 1_998], 1_000)).toBe(3);
  });

  it("counts successful sends per chat and overall", async () => {
    const telegram = client();
    api.fail({ method: "sendMessage", chatId: 1, reply: { kind: "429", retryAfter: 1 } });
    await expect(telegram.sendMessage(1, "refused")).rejects.toMatchObject({ code: 429 });
    for (const text of ["a", "b", "c"]) await telegram.sendMessage(1, text);
    await telegram.sendMessage(-100, "group");
    await telegram.sendChatAction(-100, "typing");
    expect(api.maxRate({ windowMs: 60_000, chatId: 1 })).toBe(3);
    expect(api.maxRate({ windowMs: 60_000 })).toBe(4);
    expect(api.maxRate({ windowMs: 60_000, chatId: -100 })).toBe(1);
    expect(api.maxRate({ windowMs: 0.000_001 })).toBe(1);
  });

  it("records timing for every call and waits for calls yet to come", async () => {
    const waiting = api.waitFor((c: FakeCall) => c.method === "getChat");
    await client().getChat(-100);
    const call = await waiting;
    expect(call).toMatchObject({ method: "getChat", chatId: -100, outcome: "ok" });
    expect(call.at).toBeLessThanOrEqual(performance.now());
    expect(Math.abs(call.atEpochMs - Date.now())).toBeLessThan(5_000);
    await expect(api.waitFor((c) => c.method === "never", 20)).rejects.toThrow(/no matching call/);
  });
});

describe("chat state", () => {
  it("edits, deletes, and answers button presses like Telegram", async () => {
    const telegram = client();
    const keyboard = Markup.inlineKeyboard([Markup.button.callback("Đồng ý", "ok")]);
    const sent = await telegram.sendMessage(42, "Tham gia?", keyboard);

    const press = api.pressButton(42, "ok");
    const query = press["callback_query"] as { id: string; message: { message_id: number } };
    expect(query.message.message_id).toBe(sent.message_id);
    expect(api.callsTo("answerCallbackQuery")).toEqual([]);
    expect(await telegram.answerCbQuery(query.id, "Đã ghi nhận")).toBe(true);
    expect(api.callsTo("answerCallbackQuery")[0]?.chatId).toBe(42);
    await expect(telegram.answerCbQuery(query.id)).rejects.toMatchObject({ code: 400 });
    await expect(telegram.sendMessage(42, "x".repeat(4097))).rejects.toMatchObject({
      description: "Bad Request: message is too long",
    });
    await expect(
      telegram.sendMessage(42, "x", Markup.inlineKeyboard([Markup.button.callback("x", "d".repeat(65))])),
    ).rejects.toMatchObject({
      description: "Bad Request: BUTTON_DATA_INVALID",
    });

    await expect(telegram.editMessageText(42, sent.message_id, undefined, "Tham gia?", keyboard)).rejects.toMatchObject(
      {
        description: expect.stringMatching(/^Bad Request: message is not modified/) as unknown,
      },
    );
    // An edit that does not repeat the keyboard removes it.
    await telegram.editMessageText(42, sent.message_id, undefined, "Đã tham gia");
    expect(api.chatMessages(42).at(-1)).toMatchObject({
      text: "Đã tham gia",
      edit_date: expect.any(Number) as unknown,
    });
    expect(api.chatMessages(42).at(-1)?.reply_markup).toBeUndefined();

    expect(await telegram.deleteMessage(42, sent.message_id)).toBe(true);
    await expect(telegram.deleteMessage(42, sent.message_id)).rejects.toMatchObject({
      description: "Bad Request: message to delete not found",
    });
  });

  it("follows the bot's rights in a group", async () => {
    const telegram = client();
    const group = -100123;
    const notice = await telegram.sendMessage(group, "Thông báo");
    expect((await telegram.getChatMember(group, api.botUser.id)).status).toBe("administrator");

    api.setChatMember(group, { status: "member" });
    expect(await telegram.getChatMember(group, api.botUser.id)).toMatchObject({
      status: "member",
      user: { id: api.botUser.id },
    });
    await expect(telegram.pinChatMessage(group, notice.message_id)).rejects.toMatchObject({
      code: 400,
      description: "Bad Request: not enough rights to manage pinned messages in the chat",
    });

    api.setChatMember(group, { status: "administrator", can_pin_messages: false });
    await expect(telegram.pinChatMessage(group, notice.message_id)).rejects.toMatchObject({ code: 400 });

    api.setChatMember(group, { status: "administrator", can_pin_messages: true });
    expect(await telegram.pinChatMessage(group, notice.message_id)).toBe(true);
    expect(await telegram.getChat(group)).toMatchObject({
      type: "supergroup",
      pinned_message: { message_id: notice.message_id },
    });
    expect(await telegram.unpinChatMessage(group, notice.message_id)).toBe(true);
    expect(api.pinnedMessage(group)).toBeUndefined();

    api.setChatMember(group, { status: "kicked" });
    await expect(telegram.sendMessage(group, "?")).rejects.toMatchObject({
      code: 403,
      description: "Forbidden: bot was kicked from the supergroup chat",
    });
  });

  it("keeps commands per scope and language", async () => {
    const telegram = client();
    await telegram.setMyCommands([{ command: "help", description: "Trợ giúp" }], { language_code: "vi" });
    expect(await telegram.getMyCommands({ language_code: "vi" })).toEqual([
      { command: "help", description: "Trợ giúp" },
    ]);
    expect(await telegram.getMyCommands()).toEqual([]);
    await expect(telegram.setMyCommands([{ command: "Help", description: "x" }])).rejects.toMatchObject({ code: 400 });
    expect(await telegram.deleteMyCommands({ language_code: "vi" })).toBe(true);
    expect(await telegram.getMyCommands({ language_code: "vi" })).toEqual([]);
  });
});
