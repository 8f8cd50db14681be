import { Writable } from "node:stream";
import { TelegramError } from "telegraf";
import { expect, test } from "vitest";
import { createLogger, scrubSecrets } from "../../src/logger.js";

test("bot tokens and invite tokens never reach a log line", () => {
  const lines: string[] = [];
  const logger = createLogger({
    level: "info",
    pretty: false,
    destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }),
  });
  const botToken = "123456789:AAH-secretsecretsecretsecret_123";
  logger.info({ token: "abc", payload: "xyz" }, `calling https://api.telegram.org/bot${botToken}/getMe`);
  logger.error(
    { err: new Error(`request to /bot${botToken}/sendMessage failed`) },
    "/start Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4",
  );
  const all = lines.join("");
  expect(all).not.toContain(botToken);
  expect(all).not.toContain("Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4");
  expect(all).toContain("[bot-token]");
  expect(all).toContain("[redacted]");
  expect(scrubSecrets("https://t.me/KhoiBot?start=Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4")).toBe(
    "https://t.me/KhoiBot?start=[invite-token]",
  );
});

test("a failed Bot API call is logged without its request payload, which may hold an invite link", () => {
  const lines: string[] = [];
  const logger = createLogger({
    level: "info",
    pretty: false,
    destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }),
  });
  const token = "c2VjcmV0LWludml0ZS10b2tlbi0xMjM0NTY3ODk";
  const error = new TelegramError(
    { error_code: 502, description: "Bad Gateway" },
    { method: "editMessageText", payload: { chat_id: 1, text: `Gửi liên kết: https://t.me/KhoiBot?start=${token}` } },
  );
  logger.error({ err: error, ref: "ABC123" }, "handler failed");
  const line = JSON.parse(lines.join(""));
  expect(JSON.stringify(line)).not.toContain(token);
  expect(line.err.on).toEqual({ method: "editMessageText" });
  expect(line.err.response).toMatchObject({ error_code: 502 });
});

test("file bytes never reach a log line, wherever they sit in what is logged", () => {
  const lines: string[] = [];
  const logger = createLogger({
    level: "info",
    pretty: false,
    destination: new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }),
  });
  const png = Buffer.alloc(93_000, 1);
  const failedPhoto = () =>
    new TelegramError(
      { error_code: 400, description: "Bad Request: IMAGE_PROCESS_FAILED" },
      { method: "sendPhoto", payload: { chat_id: 1, photo: { source: png, filename: "chart.png" } } },
    );
  // Both uploads of a chart failed, reported together.
  logger.error({ err: new AggregateError([failedPhoto(), failedPhoto()], "uploads failed") }, "handler failed");
  logger.warn({ upload: { source: png }, bytes: new Uint8Array(2048) }, "upload refused");
  logger.error({ err: failedPhoto(), file: png }, "send did not succeed");
  expect(lines).toHaveLength(3);
  for (const line of lines) {
    expect(line.length).toBeLessThan(4000);
    expect(line).not.toMatch(/"data":\[|1,1,1,1/);
  }
  const [aggregate, upload, single] = lines.map((line) => JSON.parse(line));
  expect(aggregate.err.aggregateErrors[0].on).toEqual({ method: "sendPhoto" });
  expect(upload.upload.source).toBe("[93000 bytes]");
  expect(upload.bytes).toBe("[2048 bytes]");
  expect(single.err.on).toEqual({ method: "sendPhoto" });
  expect(single.file).toBe("[93000 bytes]");
  // What was logged is left as it was.
  expect((failedPhoto().on as { payload: { photo: { source: Buffer } } }).payload.photo.source).toBe(png);
});
