import { createRequire } from "node:module";
import pino, { type Logger } from "pino";
import { withoutBytes } from "./logger-without-bytes.js";

export type { Logger };

// Tokens must never reach a log line: the bot token appears in API URLs, invite tokens in /start payloads.
const redactPaths = [
  "token",
  "botToken",
  "*.token",
  "*.botToken",
  "config.BOT_TOKEN",
  "BOT_TOKEN",
  "payload",
  "*.payload",
];

export function scrubSecrets(text: string): string {
  return text
    .replace(/\d{5,}:[A-Za-z0-9_-]{20,}/g, "[bot-token]")
    .replace(/(\/start(?:@\w+)?\s+|start=)[A-Za-z0-9_-]{8,}/g, "$1[invite-token]");
}

// Fields other than `err` (which its serializer handles) lose their bytes too.
function withoutBytesBesideErr(arg: unknown): unknown {
  if (arg === null || typeof arg !== "object" || arg instanceof Error) return arg;
  const { err, ...rest } = arg as Record<string, unknown>;
  const clean = withoutBytes(rest) as Record<string, unknown>;
  return "err" in arg ? { err, ...clean } : clean;
}

export type CreateLoggerOptions = { level: string; pretty: boolean; destination?: pino.DestinationStream };

export function createLogger(options: CreateLoggerOptions): Logger {
  const base = {
    level: options.level,
    redact: { paths: redactPaths, censor: "[redacted]" },
    serializers: {
      // pino's own serializer keeps the error class and extra fields (Telegram's error_code); only the text is scrubbed.
      err: (error: unknown) => {
        const serialized = pino.stdSerializers.err(error as Error) as unknown as Record<string, unknown>;
        if (typeof serialized?.message === "string") serialized.message = scrubSecrets(serialized.message);
        if (typeof serialized?.stack === "string") serialized.stack = scrubSecrets(serialized.stack);
        // telegraf's TelegramError carries the failed request (`on.payload`): a message text may hold an invite link
        // or anything a person typed. Only the method name is kept.
        // The same for errors nested in it (an AggregateError's), and file bytes become their size.
        return withoutBytes(serialized);
      },
    },
    hooks: {
      logMethod(this: Logger, args: Parameters<Logger["info"]>, method: (...a: unknown[]) => void) {
        method.apply(
          this,
          args.map((arg) => (typeof arg === "string" ? scrubSecrets(arg) : withoutBytesBesideErr(arg))),
        );
      },
    },
  };
  if (options.destination) return pino(base, options.destination);
  if (options.pretty && canPrettyPrint())
    return pino({ ...base, transport: { target: "pino-pretty", options: { translateTime: "SYS:standard" } } });
  // Synchronous stdout: the last lines before process.exit() (shutdown, fatal start-up errors) are never lost.
  return pino(base, pino.destination({ dest: 1, sync: true }));
}

// pino-pretty is a development dependency: a production install (`npm ci --omit=dev`) logs JSON even on a terminal.
function canPrettyPrint(): boolean {
  try {
    createRequire(import.meta.url).resolve("pino-pretty");
    return true;
  } catch {
    return false;
  }
}
