import { TelegramError } from "telegraf";
import { expect, test } from "vitest";
import { classifySendError } from "../../src/delivery/classify-send-error.js";

const telegram = (error_code: number, description: string, parameters?: Record<string, number>) =>
  new TelegramError({ error_code, description, ...(parameters ? { parameters } : {}) } as never);

test.each([
  [telegram(429, "Too Many Requests: retry after 7", { retry_after: 7 }), { kind: "throttle", retryAfterMs: 7000 }],
  [telegram(502, "Bad Gateway"), { kind: "retry" }],
  [Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }), { kind: "retry" }],
  [telegram(403, "Forbidden: bot was blocked by the user"), { kind: "unreachable" }],
  [telegram(400, "Bad Request: chat not found"), { kind: "unreachable" }],
  [
    telegram(400, "Bad Request: group chat was upgraded to a supergroup chat", { migrate_to_chat_id: -1001234 }),
    { kind: "migrate", toChatId: -1001234 },
  ],
  [telegram(400, "Bad Request: message is too long"), { kind: "fail" }],
])("%s → %o", (error, expected) => {
  expect(classifySendError(error)).toEqual(expected);
});
