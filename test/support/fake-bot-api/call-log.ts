import { methodMatches } from "./faults.js";
import type { FakeCall, FakeMessage, Json, MethodMatcher, SentFile, SentMessage } from "./types.js";

/** The methods that put a new message in a chat; these are what Telegram's flood limits count. */
export const SEND_METHODS: readonly string[] = ["sendMessage", "sendDocument", "sendPhoto"];

/** Every Bot API call the fake answered (or dropped), in the order the answers went out. */
export class CallLog {
  readonly calls: FakeCall[] = [];
  private listeners = new Set<(call: FakeCall) => void>();

  record(call: FakeCall): void {
    this.calls.push(call);
    for (const listener of [...this.listeners]) listener(call);
  }

  callsTo(method: MethodMatcher, chatId?: number): FakeCall[] {
    return this.calls.filter((c) => methodMatches(method, c.method) && (chatId === undefined || c.chatId === chatId));
  }

  /** Messages the bot put in front of users, oldest first, including those whose answer was dropped. */
  sent(chatId?: number): SentMessage[] {
    return this.deliveries(SEND_METHODS, chatId)
      .sort((a, b) => a.at - b.at)
      .map((call) => toSentMessage(call));
  }

  waitFor(predicate: (call: FakeCall) => boolean, timeoutMs = 2_000): Promise<FakeCall> {
    const found = this.calls.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const listener = (call: FakeCall) => {
        if (!predicate(call)) return;
        clearTimeout(timer);
        this.listeners.delete(listener);
        resolve(call);
      };
      const timer = setTimeout(() => {
        this.listeners.delete(listener);
        const recent = this.calls
          .slice(-10)
          .map((c) => `${c.method}(${c.chatId ?? ""}) ${c.outcome}${c.errorCode ? ` ${c.errorCode}` : ""}`);
        reject(
          new Error(
            `fake Bot API: no matching call within ${timeoutMs} ms; last calls: ${recent.join(", ") || "none"}`,
          ),
        );
      }, timeoutMs);
      this.listeners.add(listener);
    });
  }

  /** The most messages delivered within any window of `windowMs` (to one chat, or overall). */
  maxRate(options: { windowMs: number; chatId?: number; methods?: MethodMatcher }): number {
    const times = this.deliveries(options.methods ?? SEND_METHODS, options.chatId).map((c) => c.at);
    return maxInWindow(times, options.windowMs);
  }

  private deliveries(methods: MethodMatcher, chatId: number | undefined): FakeCall[] {
    return this.calls.filter(
      (c) =>
        c.messageId !== undefined && methodMatches(methods, c.method) && (chatId === undefined || c.chatId === chatId),
    );
  }
}

/** Largest count of timestamps in a half-open window [t, t + windowMs) starting at one of them. */
export function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  let start = 0;
  for (let end = 0; end < sorted.length; end++) {
    while ((sorted[end] as number) - (sorted[start] as number) >= windowMs) start++;
    best = Math.max(best, end - start + 1);
  }
  return best;
}

function toSentMessage(call: FakeCall): SentMessage {
  const message = call.result as FakeMessage;
  const file = fileOf(message);
  return {
    method: call.method,
    chatId: message.chat.id,
    messageId: message.message_id,
    ...(message.text !== undefined ? { text: message.text } : {}),
    ...(message.caption !== undefined ? { caption: message.caption } : {}),
    ...(file ? { file } : {}),
    ...(message.reply_markup !== undefined ? { replyMarkup: message.reply_markup } : {}),
    params: call.params,
    at: call.at,
    answered: call.outcome === "ok",
  };
}

function fileOf(message: FakeMessage): SentFile | undefined {
  const document = message["document"] as Json | undefined;
  if (document) {
    return {
      kind: "document",
      ...fileIds(document),
      ...(typeof document["file_name"] === "string" ? { fileName: document["file_name"] } : {}),
      ...(typeof document["mime_type"] === "string" ? { mimeType: document["mime_type"] } : {}),
    };
  }
  const sizes = message["photo"] as Json[] | undefined;
  const largest = sizes?.[sizes.length - 1];
  if (largest) return { kind: "photo", ...fileIds(largest) };
  return undefined;
}

function fileIds(file: Json) {
  return {
    file_id: file["file_id"] as string,
    file_unique_id: file["file_unique_id"] as string,
    file_size: file["file_size"] as number,
  };
}
