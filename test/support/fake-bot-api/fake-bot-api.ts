// A fake Telegram Bot API on loopback for tests: real getUpdates offsets, uploads and downloads, scripted
// faults, and a log of every call with timings. telegraf talks to it through `telegram: { apiRoot }`.
import { checkSentText } from "../check-sent-text.js";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { ApiError, faultError } from "./api-error.js";
import { BotApiMethods } from "./bot-api-methods.js";
import { CallLog, SEND_METHODS } from "./call-log.js";
import { ChatState } from "./chat-state.js";
import { FaultPlan } from "./faults.js";
import { fileInfo, FileStore, type FileInfo } from "./file-store.js";
import { readParams } from "./request-params.js";
import type {
  ChatRef,
  FailOptions,
  FailRandomlyOptions,
  FakeCall,
  FakeMessage,
  FakeUpdate,
  FaultReply,
  Json,
  MemberSetting,
  MessageRef,
  MethodMatcher,
  PartialUpdate,
  SentMessage,
  UserRef,
} from "./types.js";
import { UpdateQueue } from "./update-queue.js";
import { UserUpdates } from "./user-updates.js";

export type * from "./types.js";
export type { FileInfo } from "./file-store.js";
export { maxInWindow, SEND_METHODS } from "./call-log.js";

export type FakeBotApiOptions = { token?: string; username?: string; firstName?: string };

export const DEFAULT_TOKEN = "123456789:AAFakeBotApiTokenForTestsOnly_000000";

export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  const api = new FakeBotApi(options);
  await api.listen();
  return api;
}

export class FakeBotApi {
  readonly token: string;
  readonly botUser: { id: number; is_bot: true; first_name: string; username: string };
  /** Every call, in the order the answers went out (`at` is when the request arrived). */
  readonly calls: FakeCall[];

  private readonly server: Server;
  private readonly chats: ChatState;
  private readonly files = new FileStore();
  private readonly updates = new UpdateQueue();
  private readonly faults = new FaultPlan();
  private readonly log = new CallLog();
  private readonly methods: BotApiMethods;
  private readonly users: UserUpdates;
  private readonly stopping = new AbortController();
  private readonly inFlight = new Set<Promise<void>>();
  private stopped: Promise<void> | undefined;
  private root = "";

  constructor(options: FakeBotApiOptions = {}) {
    this.token = options.token ?? DEFAULT_TOKEN;
    const id = Number(this.token.split(":")[0]);
    this.botUser = {
      id: Number.isSafeInteger(id) && id > 0 ? id : 123456789,
      is_bot: true,
      first_name: options.firstName ?? "Khối (test)",
      username: options.username ?? "khoi_test_bot",
    };
    this.chats = new ChatState(this.botUser);
    this.methods = new BotApiMethods(this.botUser, this.chats, this.files, this.updates);
    this.users = new UserUpdates(this.chats, this.files, (update) => this.pushUpdate(update));
    this.calls = this.log.calls;
    this.server = createServer((req, res) => {
      const handled = this.handle(req, res);
      this.inFlight.add(handled);
      void handled.finally(() => this.inFlight.delete(handled));
    });
  }

  /** What telegraf gets as `telegram.apiRoot`, e.g. http://127.0.0.1:40123 */
  get apiRoot(): string {
    return this.root;
  }

  async listen(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(0, "127.0.0.1", () => {
        this.server.off("error", reject);
        resolve();
      });
    });
    this.root = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /**
   * Ends waiting long polls with an empty result, cuts slow answers short, then closes every connection.
   * Stop the bot first: telegraf's polling retries a refused connection every 5 s, forever.
   */
  stop(): Promise<void> {
    this.stopped ??= (async () => {
      this.stopping.abort();
      this.updates.stop();
      const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
      // Let the answers just released reach their clients before the sockets go.
      await Promise.race([Promise.allSettled([...this.inFlight]), sleep(1_000, undefined, { ref: false })]);
      this.server.closeAllConnections();
      await closed;
    })();
    return this.stopped;
  }

  // ---- What users do ----------------------------------------------------------------------------------

  /** Queues an update for getUpdates; `update_id` is assigned when missing. Returns the queued update. */
  pushUpdate(partial: PartialUpdate): FakeUpdate {
    this.learnFrom(partial);
    return this.updates.push(partial);
  }

  /** A user's text message (a private chat unless `chat` says otherwise); "/cmd" gets a bot_command entity. */
  sendText(from: UserRef, text: string, chat?: ChatRef): FakeUpdate {
    return this.users.text(from, text, chat);
  }

  /** A press of an inline button on `message` (default: the bot's latest message to this user). */
  pressButton(from: UserRef, data: string, message?: MessageRef): FakeUpdate {
    return this.users.press(from, data, message);
  }

  /** A user's document message; the file must be known (see `addFile`). */
  sendDocument(from: UserRef, file: string | { file_id: string }, caption?: string, chat?: ChatRef): FakeUpdate {
    return this.users.document(from, file, caption, chat);
  }

  /** A document sent as a reply to one of the bot's messages. */
  replyDocument(from: UserRef, file: string | { file_id: string }, replyTo: MessageRef): FakeUpdate {
    return this.users.replyDocument(from, file, replyTo);
  }

  /** Puts a file on "Telegram's servers", as if a user had uploaded it. */
  addFile(bytes: Uint8Array | string, options: { fileName?: string; mimeType?: string } = {}): FileInfo {
    return fileInfo(this.files.add(bytes, { kind: "document", ...options }));
  }

  /** Updates not yet confirmed by a getUpdates offset. */
  pendingUpdates(): FakeUpdate[] {
    return this.updates.pending();
  }

  /** True while a getUpdates long poll waits: the bot has handled its batch and is idle. */
  isLongPolling(): boolean {
    return this.updates.isWaiting();
  }

  // ---- Chat state ---------------------------------------------------------------------------------------

  /** Sets the bot's (or `userId`'s) membership in a chat; drives getChatMember, pinning and 403s for groups. */
  setChatMember(chatId: number, setting: MemberSetting): void {
    this.chats.setMember(chatId, setting);
  }

  /** The chat's messages as they stand now: edits applied, deleted ones gone. */
  chatMessages(chatId: number): FakeMessage[] {
    return this.chats.messagesIn(chatId);
  }

  pinnedMessage(chatId: number): FakeMessage | undefined {
    return this.chats.pinnedMessage(chatId);
  }

  /** Bytes of a stored file, by file_id. */
  fileBytes(fileId: string): Buffer | undefined {
    return this.files.get(fileId)?.bytes;
  }

  // ---- Faults -------------------------------------------------------------------------------------------

  /** The next `times` (default 1) matching calls fail with `reply`. Returns a function that withdraws it. */
  fail(options: FailOptions): () => void {
    return this.faults.fail(options);
  }

  /** A seeded share of matching calls fail with `reply`, until withdrawn. */
  failRandomly(options: FailRandomlyOptions): () => void {
    return this.faults.failRandomly(options);
  }

  clearFaults(): void {
    this.faults.clear();
  }

  // ---- The call log -------------------------------------------------------------------------------------

  /** Messages the bot put in chats (sendMessage/sendDocument/sendPhoto), in order. */
  sent(chatId?: number): SentMessage[] {
    return this.log.sent(chatId);
  }

  /** Calls to a method ("send*" and lists work too), optionally to one chat. */
  callsTo(method: MethodMatcher, chatId?: number): FakeCall[] {
    return this.log.callsTo(method, chatId);
  }

  /** Resolves with the first recorded call (past or future) that matches; rejects after `timeoutMs`. */
  waitFor(predicate: (call: FakeCall) => boolean, timeoutMs = 2_000): Promise<FakeCall> {
    return this.log.waitFor(predicate, timeoutMs);
  }

  /** The most messages delivered in any `windowMs` window, overall or to one chat. */
  maxRate(options: { windowMs: number; chatId?: number; methods?: MethodMatcher }): number {
    return this.log.maxRate(options);
  }

  // ---- HTTP ---------------------------------------------------------------------------------------------

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    try {
      const file = /^\/file\/bot([^/]+)\/(.+)$/.exec(url.pathname);
      if (file) return this.serveFile(res, file[1] ?? "", decodeURIComponent(file[2] ?? ""));
      const method = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(url.pathname);
      if (method) return await this.handleMethod(req, res, url, method[1] ?? "", method[2] ?? "");
      writeJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    } catch (error) {
      console.error("fake Bot API:", error);
      if (!res.headersSent) writeJson(res, 500, { ok: false, error_code: 500, description: "Internal Server Error" });
    }
  }

  private async handleMethod(
    req: IncomingMessage,
    res: ServerResponse,
    url: URL,
    token: string,
    name: string,
  ): Promise<void> {
    const at = performance.now();
    const atEpochMs = Date.now();
    const method = this.methods.canonical(name) ?? name;
    // The client hanging up while a long poll or a slow answer waits is a normal end, not an error.
    const hungUp = new AbortController();
    res.on("close", () => {
      if (!res.writableFinished) hungUp.abort();
    });

    let params: Json = {};
    let chatId: number | undefined;
    let fault: FaultReply | undefined;
    const record = (outcome: FakeCall["outcome"], extra: Partial<FakeCall> = {}) => {
      if (params && typeof params === "object") checkSentText(method, params as Record<string, unknown>);
      this.log.record({
        method,
        params,
        ...(chatId !== undefined ? { chatId } : {}),
        at,
        atEpochMs,
        outcome,
        ...(fault ? { fault: fault.kind } : {}),
        ...extra,
      });
    };
    const answerError = (error: ApiError) => {
      record(hungUp.signal.aborted ? "dropped" : "error", {
        errorCode: error.errorCode,
        description: error.description,
      });
      writeJson(res, error.status, error.body());
    };

    try {
      const parsed = await readParams(req, url);
      params = parsed.params;
      if (token !== this.token) return answerError(new ApiError(401, "Unauthorized"));
      if (!this.methods.canonical(name)) return answerError(new ApiError(404, "Not Found: method not found"));
      chatId = this.methods.chatOf(method, params);

      fault = this.faults.take(method, chatId);
      if (fault?.kind === "slow")
        await sleep(fault.ms, undefined, { signal: this.stopping.signal }).catch(() => undefined);
      if (fault?.kind === "drop" && !fault.afterProcessing) {
        record("dropped");
        req.socket.destroy();
        return;
      }
      const scripted = fault ? faultError(fault) : undefined;
      if (scripted) return answerError(scripted);

      const signal = AbortSignal.any([hungUp.signal, this.stopping.signal]);
      const result = await this.methods.call(method, { params, uploads: parsed.uploads, signal });
      const messageId = SEND_METHODS.includes(method) ? (result as FakeMessage).message_id : undefined;
      const delivered = messageId !== undefined ? { messageId } : {};
      if (fault?.kind === "drop" || hungUp.signal.aborted) {
        record("dropped", { result, ...delivered });
        req.socket.destroy();
        return;
      }
      record("ok", { result, ...delivered });
      writeJson(res, 200, { ok: true, result });
    } catch (error) {
      if (error instanceof ApiError) return answerError(error);
      // A bug in the fake: answer the way Telegram answers its own failures, and keep serving.
      console.error(`fake Bot API: ${method} failed:`, error);
      answerError(new ApiError(500, "Internal Server Error"));
    }
  }

  private serveFile(res: ServerResponse, token: string, filePath: string): void {
    const file = token === this.token ? this.files.atPath(filePath) : undefined;
    if (!file) return writeJson(res, 404, { ok: false, error_code: 404, description: "Not Found" });
    res.writeHead(200, { "content-type": "application/octet-stream", "content-length": file.bytes.length });
    res.end(file.bytes);
  }

  /** Chats, users, messages and callback queries in a pushed update become known, as they would be to Telegram. */
  private learnFrom(update: PartialUpdate): void {
    for (const key of ["message", "edited_message", "channel_post", "edited_channel_post"]) {
      const message = update[key] as FakeMessage | undefined;
      if (message?.chat && typeof message.message_id === "number") this.chats.remember(message);
    }
    const query = update["callback_query"] as Json | undefined;
    if (query && typeof query["id"] === "string") {
      const message = query["message"] as FakeMessage | undefined;
      if (
        message?.chat &&
        typeof message.message_id === "number" &&
        !this.chats.message(message.chat.id, message.message_id)
      ) {
        this.chats.remember(message);
      }
      this.chats.rememberCallbackQuery(query["id"], message?.chat?.id);
    }
    for (const key of ["my_chat_member", "chat_member", "chat_join_request"]) {
      const chat = (update[key] as Json | undefined)?.["chat"] as FakeMessage["chat"] | undefined;
      if (chat) this.chats.chat(chat);
    }
  }
}

function writeJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.destroyed || res.headersSent) return;
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  res.end(text);
}
